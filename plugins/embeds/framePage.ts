import type { Endpoint } from 'payload'

import { problem, publicAnswer, type PublicEndpointCustom } from '../../src/edge/contract'
import { accentProperties } from './accentContrast'
import { splitFrameQuery } from './frameParams'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { parseWidgetQuery, widgetElement, widgetNames, type WidgetName } from './contract'
import { widgetSubject } from './widgetSubject'
import { previewRefused, widgetReading } from './widgetData'
import { settingsOf } from '../../src/lib/settings'
import { type Lang } from '../../src/lib/language'

// Only the hub's own scripts run in a frame; data comes from the hub too. Frames may be
// embedded anywhere: that is their purpose.
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

const attributeName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

function framePage(
  origin: string,
  widget: WidgetName,
  url: URL,
  lang: Lang,
  title: string,
  attributes: Record<string, string>,
  style: string,
): string {
  const element = widgetElement(widget)
  const oembed = `${origin}/oembed?${new URLSearchParams({ url: url.toString(), format: 'json' })}`
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${attributeName(key)}="${escapeHtml(value)}"`)
    .join('')
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(title)}">
<style>html,body{margin:0;padding:0;background:transparent}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:2px}</style>
<script type="module" src="/embed/v1/widget-${widget}.js"></script>
<script src="/embed/v1/frame.js" defer></script>
</head>
<body>
<${element}${attrs}${style ? ` style="${escapeHtml(style)}"` : ''}></${element}>
</body>
</html>
`
}

/** A reader sees a frame's error in the frame, as a page; any other client gets the hub's problem shape. */
const errorPage = (accept: string | null, status: number, message: string) =>
  !(accept ?? '').includes('text/html')
    ? problem(status, message)
    : new Response(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Relais: bad widget address</title><p>${escapeHtml(message)}</p></html>`,
        {
          status,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': contentSecurityPolicy },
        },
      )

/** GET /embed/v1/frame/<widget>?<same parameters>: the widget in a page of the hub, for iframes. */
export const frameEndpoints: Endpoint[] = widgetNames.map((widget) => ({
  path: `/embed/v1/frame/${widget}`,
  method: 'get',
  custom: { publicPath: `/embed/v1/frame/${widget}`, frameable: true } satisfies PublicEndpointCustom,
  handler: async (req) => {
    const { origin } = settingsOf(req.payload)
    const requested = new URL(req.url ?? 'http://localhost')
    const { reading, query } = widgetReading(req, requested.searchParams)
    if (reading.mode === 'refused') return errorPage(req.headers.get('accept'), 403, previewRefused)
    const { data, display } = splitFrameQuery(query)
    if (!display.ok) return errorPage(req.headers.get('accept'), 400, display.message)
    const parsed = parseWidgetQuery(widget, data)
    if (!parsed.ok) return errorPage(req.headers.get('accept'), 400, parsed.message)
    const lang = (parsed.query as { lang: Lang }).lang
    const attributes: Record<string, string> = Object.fromEntries(data)
    attributes.lang = lang
    if (display.value.appearance) attributes.appearance = display.value.appearance
    if (display.value.heading) attributes.headingLevel = String(display.value.heading)
    // An accent below 4.5:1 in the palette the frame shows is made legible, never refused: frames
    // already pasted keep working (the builder used to write its own accent into every snippet).
    const style = display.value.accent
      ? Object.entries(accentProperties(display.value.accent, display.value.appearance))
          .map(([property, value]) => `${property}:${value}`)
          .join(';')
      : ''
    const subject = await widgetSubject(req, widget, parsed.query, lang)
    const canonical = new URL(`${origin}/embed/v1/frame/${widget}`)
    canonical.search = requested.search
    if (reading.mode === 'preview') {
      // An editor's preview (the reader page's, in the admin): drafts fetched with their session,
      // framed by the hub only, kept by no cache.
      attributes.preview = ''
      return new Response(framePage(origin, widget, canonical, lang, subject.title, attributes, style), {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'private, no-store',
          'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'self'`,
        },
      })
    }
    // The page holds no content, only the widget's element: its data is read (and tagged) apart.
    return publicAnswer(framePage(origin, widget, canonical, lang, subject.title, attributes, style), 'text/html; charset=utf-8', {
      tags: ['embed', ...subject.tags],
      headers: { 'Content-Security-Policy': contentSecurityPolicy },
    })
  },
}))
