import type { Endpoint } from 'payload'

import { problem, publicJson, type PublicEndpointCustom } from '../../src/edge/contract'
import { widgetNames } from './contract'
import { widgetData } from './widgetData'

/**
 * GET /embed/v1/data/<widget>: one endpoint per widget, all listed here so that a wrapper
 * (rate limits, logging) can be applied to every public widget read in one place.
 */
export const embedDataEndpoints: Endpoint[] = widgetNames.map((widget) => ({
  path: `/embed/v1/data/${widget}`,
  method: 'get',
  custom: { publicPath: `/embed/v1/data/${widget}` } satisfies PublicEndpointCustom,
  handler: async (req) => {
    const result = await widgetData(req, widget, new URL(req.url ?? 'http://localhost').searchParams)
    if (!result.ok) return problem(result.status, result.message)
    if (result.preview) return Response.json(result.data, { headers: { 'Cache-Control': 'private, no-store' } })
    return publicJson(result.data, { tags: result.tags, lastModified: result.lastModified, freshUntil: result.freshUntil })
  },
}))
