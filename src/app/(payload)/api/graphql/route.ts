import config from '@payload-config'

import { guardApi } from '../../../../lib/apiGuard'
import { publicApi } from '../../../../lib/publicApi'

const api = publicApi(config)
const guard = guardApi(config)

export const GET = guard(api.graphqlGet)
export const POST = guard(api.graphqlPost)
export const OPTIONS = api.graphqlOptions
