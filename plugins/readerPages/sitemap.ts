import type { Payload } from 'payload'

import { visibleNewsWhere } from '../../src/access/publicReads'
import { collectionTag, nationalNewsTag, publicAnswer } from '../../src/edge/contract'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { type ReaderPage, readerUrl } from '../../src/lib/readerUrls'
import { settingsOf } from '../../src/lib/settings'

type Entry = { page: ReaderPage; key: string | number; lastmod?: string | null }

function urlElement(origin: string, { page, key, lastmod }: Entry): string {
  const alternates = (['fr', 'en'] as const)
    .map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(readerUrl(origin, page, key, lang))}"/>`)
    .join('')
  return (['fr', 'en'] as const)
    .map(
      (lang) =>
        `<url><loc>${escapeHtml(readerUrl(origin, page, key, lang))}</loc>${lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''}${alternates}</url>`,
    )
    .join('\n')
}

/**
 * /sitemap.xml: every reader page, in both languages with their alternates: published sheets and
 * services, news while shown, active units, and the communes that have a unit or news of their own.
 */
export async function sitemap(payload: Payload): Promise<Response> {
  const { origin } = settingsOf(payload)
  const common = { overrideAccess: false, pagination: false, depth: 0, limit: 0 } as const
  const [sheets, services, news, units] = await Promise.all([
    payload.find({ collection: 'sheets', where: { _status: { equals: 'published' } }, select: { slug: true, updatedAt: true }, ...common }),
    payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, select: { slug: true, updatedAt: true }, ...common }),
    payload.find({ collection: 'news', where: visibleNewsWhere(), select: { slug: true, updatedAt: true, scope: true }, ...common }),
    payload.find({ collection: 'units', where: { status: { equals: 'active' } }, select: { updatedAt: true, address: true }, ...common }),
  ])
  const communes = new Set(
    [...units.docs.map((unit) => unit.address?.inseeCode), ...news.docs.flatMap((item) => item.scope?.communes ?? [])].filter(
      (code): code is string => Boolean(code),
    ),
  )
  const entries: Entry[] = [
    ...sheets.docs.filter((d) => d.slug).map((d) => ({ page: 'sheet' as const, key: d.slug as string, lastmod: d.updatedAt })),
    ...services.docs.filter((d) => d.slug).map((d) => ({ page: 'service' as const, key: d.slug as string, lastmod: d.updatedAt })),
    ...news.docs.filter((d) => d.slug).map((d) => ({ page: 'news' as const, key: d.slug as string, lastmod: d.updatedAt })),
    ...units.docs.map((d) => ({ page: 'unit' as const, key: d.id, lastmod: d.updatedAt })),
    ...[...communes].sort().map((code) => ({ page: 'commune' as const, key: code })),
  ]
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.map((entry) => urlElement(origin, entry)).join('\n')}
</urlset>
`
  return publicAnswer(body, 'application/xml; charset=utf-8', {
    tags: [collectionTag('sheets'), collectionTag('services'), collectionTag('news'), nationalNewsTag, collectionTag('units')],
  })
}
