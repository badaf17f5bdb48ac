import config from '@payload-config'
import { REST_DELETE, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { publicApi } from '../../../../lib/publicApi'

const api = publicApi(config)

export const GET = api.restGet
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const OPTIONS = api.restOptions
