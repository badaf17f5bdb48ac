import type { Config, Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { cachedResponse } from '../../src/lib/httpCache'
import { badRequest } from '../../src/lib/badRequest'
import { publicOrigin } from '../../src/lib/publicUrl'
import { feedQuerySchema } from './feedQuery'
import { feedContentTypes, newsFeed, sheetsFeed, type FeedFormat } from './feeds'

const fileSchema = z.object({
  kind: z.enum(['news', 'sheets']),
  format: z.enum(['rss', 'atom', 'json']),
})

async function serveFeed(req: PayloadRequest): Promise<Response> {
  const [kind, format] = String(req.routeParams?.file ?? '').split('.')
  const file = fileSchema.safeParse({ kind, format })
  if (!file.success) return badRequest('feed: unknown feed, use /feeds/news.{rss,atom,json} or /feeds/sheets.{rss,atom,json}', 404)
  const query = feedQuerySchema.safeParse(req.query ?? {})
  if (!query.success) return badRequest(query.error)
  if (file.data.kind === 'sheets' && (query.data.department || query.data.commune)) {
    return badRequest(`${query.data.department ? 'department' : 'commune'}: practical sheets are national, the sheets feed takes no territory`)
  }
  const context = { payload: req.payload, origin: publicOrigin(req.url), query: query.data, format: file.data.format as FeedFormat }
  const body = file.data.kind === 'news' ? await newsFeed(context) : await sheetsFeed(context)
  return cachedResponse(req as unknown as Request, body, feedContentTypes[context.format], undefined, {
    'Content-Language': query.data.lang,
  })
}

const feedEndpoint: Endpoint = { path: '/feeds/:file', method: 'get', handler: serveFeed }

export type SyndicationOptions = { enabled?: boolean }

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of news and practical sheets, public at /feeds/... */
export const syndication =
  ({ enabled = true }: SyndicationOptions = {}) =>
  (config: Config): Config =>
    enabled ? { ...config, endpoints: [...(config.endpoints ?? []), feedEndpoint] } : config
