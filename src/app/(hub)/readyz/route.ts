import config from '@payload-config'
import { getPayload } from 'payload'

import { readinessResponse } from '../../../lib/health'

export const dynamic = 'force-dynamic'

export const GET = (): Promise<Response> => readinessResponse(() => getPayload({ config }))
