import config from '@payload-config'
import { REST_DELETE, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { guardApi } from '../../../../lib/apiGuard'
import { publicApi } from '../../../../lib/publicApi'

const api = publicApi(config)
const guard = guardApi(config)

export const GET = guard(api.restGet)
export const POST = guard(REST_POST(config))
export const DELETE = guard(REST_DELETE(config))
export const PATCH = guard(REST_PATCH(config))
export const OPTIONS = api.restOptions
