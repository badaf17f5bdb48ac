import type { Endpoint } from 'payload'
import { z } from 'zod'

import { problem, publicJson, type PublicEndpointCustom } from '../../src/edge/contract'
import { wholeNumberParam } from '../../src/lib/queryNumber'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { splitFrameQuery } from './frameParams'
import { isWidgetName, parseWidgetQuery, widgetInfo } from './contract'
import { settingsOf } from '../../src/lib/settings'
import { widgetSubject } from './widgetSubject'
import { type Lang } from '../../src/lib/language'
import { issuesMessage } from '../../src/lib/fieldMessage'

const dimension = (name: string) => wholeNumberParam(`${name}: a number of pixels between 100 and 4000`, 100, 4000).optional()

// Consumers add parameters of their own (WordPress sends `dnt=1` with every request): those
// are ignored, as the oEmbed spec expects; the ones the spec defines are checked.
const oembedQuery = z.object({
  url: z.url({ error: 'url: the address of a Relais widget frame (/embed/v1/frame/...)' }),
  format: z.string().default('json'),
  maxwidth: dimension('maxwidth'),
  maxheight: dimension('maxheight'),
})

/**
 * GET /oembed?url=<frame URL>&format=json: a `rich` oEmbed answer (an iframe, after a
 * blockquote link that sites without iframes show), so pasting a frame URL into WordPress or
 * any oEmbed consumer embeds the widget. Answers as the oEmbed spec asks: 404 for a URL that
 * is not ours, 501 for a format other than JSON.
 */
export const oembedEndpoint: Endpoint = {
  path: '/embed/oembed',
  method: 'get',
  custom: { publicPath: '/oembed' } satisfies PublicEndpointCustom,
  handler: async (req) => {
    const parsed = oembedQuery.safeParse(Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams))
    if (!parsed.success) return problem(400, issuesMessage(parsed.error))
    const { url, format, maxwidth, maxheight } = parsed.data
    if (format !== 'json') return problem(501, `format: only json is supported, not ${JSON.stringify(format)}`)
    const { origin } = settingsOf(req.payload)
    const target = new URL(url)
    const widget = /^\/embed\/v1\/frame\/([a-z]+)$/.exec(target.pathname)?.[1]
    if (target.origin !== origin || !isWidgetName(widget))
      return problem(404, `url: not a widget frame of this hub (${origin}/embed/v1/frame/<widget>?...)`)
    // A URL's origin leaves out `user:pass@`: the frame's address is rebuilt, never echoed.
    if (target.username || target.password) return problem(400, 'url: must not contain a user name or password')
    const { data, display } = splitFrameQuery(target.searchParams)
    if (!display.ok) return problem(400, `url: ${display.message}`)
    const query = parseWidgetQuery(widget, data)
    if (!query.ok) return problem(400, `url: ${query.message}`)
    const lang = (query.query as { lang: Lang }).lang
    const info = widgetInfo[widget]
    const subject = await widgetSubject(req, widget, query.query, lang)
    const width = Math.min(maxwidth ?? 640, 640)
    const height = Math.min(maxheight ?? info.height, info.height)
    const src = `${origin}${target.pathname}${target.search}`
    // Consumers that drop the iframe show the blockquote: it leads to the page a reader can read.
    // WordPress keeps only the iframe's src, size, title and frameborder (its own sandbox, no style).
    const html =
      `<blockquote class="wp-embedded-content"><a href="${escapeHtml(subject.page ?? src)}">${escapeHtml(subject.title)}</a></blockquote>` +
      `<iframe class="wp-embedded-content relais-frame" src="${escapeHtml(src)}" title="${escapeHtml(subject.title)}" width="${width}" height="${height}" ` +
      `frameborder="0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" security="restricted" loading="lazy" style="border:0;max-width:100%"></iframe>`
    return publicJson(
      { version: '1.0', type: 'rich', provider_name: 'Relais', provider_url: origin, title: subject.title, html, width, height, cache_age: 3600 },
      { tags: ['embed', ...subject.tags] },
    )
  },
}
