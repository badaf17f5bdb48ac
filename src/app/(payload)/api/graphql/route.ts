import config from '@payload-config'

import { publicApi } from '../../../../lib/publicApi'

const api = publicApi(config)

export const GET = api.graphqlGet
export const POST = api.graphqlPost
export const OPTIONS = api.graphqlOptions
