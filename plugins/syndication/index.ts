import type { Config, Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { documentTag, problem, publicAnswer, territoryTags, type PublicEndpointCustom } from '../../src/edge/contract'
import { fieldMessage } from '../../src/lib/fieldMessage'
import { departmentOfCommune } from '../../src/lib/territories'
import { feedQuerySchema } from './feedQuery'
import { feedContentTypes, newsFeed, sheetsFeed } from './feeds'

const fileSchema = z.object({
  kind: z.enum(['news', 'sheets']),
  format: z.enum(['rss', 'atom', 'json']),
})

async function serveFeed(req: PayloadRequest): Promise<Response> {
  const [kind, format] = String(req.routeParams?.file ?? '').split('.')
  const file = fileSchema.safeParse({ kind, format })
  if (!file.success) return problem(404, 'feed: unknown feed, use /feeds/news.{rss,atom,json} or /feeds/sheets.{rss,atom,json}')
  const query = feedQuerySchema.safeParse(req.query ?? {})
  if (!query.success)
    return problem(
      400,
      query.error.issues.map((issue) => ({ field: issue.path.join('.'), message: fieldMessage(issue) })),
    )
  if (file.data.kind === 'sheets' && (query.data.department || query.data.commune)) {
    return problem(400, `${query.data.department ? 'department' : 'commune'}: practical sheets are national, the sheets feed takes no territory`)
  }
  const context = { payload: req.payload, query: query.data, format: file.data.format }
  const { body, lastModified, mediaIds } = file.data.kind === 'news' ? await newsFeed(context) : await sheetsFeed(context)
  const { department, commune } = query.data
  const tags =
    file.data.kind === 'news'
      ? [
          ...territoryTags({ department: department ?? (commune ? departmentOfCommune(commune) : undefined), commune }),
          ...mediaIds.map((id) => documentTag('media', id)),
        ]
      : ['sheets']
  return publicAnswer(body, feedContentTypes[context.format], { tags, lastModified, headers: { 'Content-Language': query.data.lang } })
}

const feedEndpoint: Endpoint = {
  path: '/feeds/:file',
  method: 'get',
  custom: { publicPath: '/feeds/:file' } satisfies PublicEndpointCustom,
  handler: serveFeed,
}

export type SyndicationOptions = { enabled?: boolean }

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of news and practical sheets, public at /feeds/... */
export const syndication =
  ({ enabled = true }: SyndicationOptions = {}) =>
  (config: Config): Config =>
    enabled ? { ...config, endpoints: [...(config.endpoints ?? []), feedEndpoint] } : config
