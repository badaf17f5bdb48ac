import type { Endpoint } from 'payload'

import { cachedJson } from '../../src/lib/httpCache'
import { widgetNames } from './params'
import { problem } from './problem'
import { widgetData } from './widgetData'

/**
 * GET /embed/v1/data/<widget>: one endpoint per widget, all listed here so that a wrapper
 * (rate limits, logging) can be applied to every public widget read in one place.
 */
export const embedDataEndpoints: Endpoint[] = widgetNames.map((widget) => ({
  path: `/embed/v1/data/${widget}`,
  method: 'get',
  handler: async (req) => {
    const result = await widgetData(req, widget, new URL(req.url ?? 'http://localhost').searchParams)
    if (!result.ok) return problem(result.status, result.message)
    return cachedJson(req as unknown as Request, result.data)
  },
}))
