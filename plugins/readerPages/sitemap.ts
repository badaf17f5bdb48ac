import type { Payload } from 'payload'

import { visibleNewsWhere } from '../../src/access/publicReads'
import { collectionTag, nationalNewsTag, publicAnswer } from '../../src/edge/contract'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { type Lang, type ReaderPage, readerUrl } from '../../src/lib/readerUrls'
import { settingsOf } from '../../src/lib/settings'
import { hasText } from '../../src/lib/textLanguages'

type Entry = { page: ReaderPage; key: string | number; lastmod?: string | null; langs: readonly Lang[] }

const bothLanguages = ['fr', 'en'] as const

/**
 * One entry per language the page's content exists in, each naming the others (hreflang). An
 * untranslated item's English page shows French text: it is left out, and named nowhere.
 */
function urlElement(origin: string, { page, key, lastmod, langs }: Entry): string {
  const alternates =
    langs.length > 1
      ? langs.map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(readerUrl(origin, page, key, lang))}"/>`).join('')
      : ''
  return langs
    .map(
      (lang) =>
        `<url><loc>${escapeHtml(readerUrl(origin, page, key, lang))}</loc>${lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''}${alternates}</url>`,
    )
    .join('\n')
}

/**
 * /sitemap.xml: every reader page, in each language its content exists in, with its alternates:
 * published sheets and services, news while shown, active units, and the communes that have a unit
 * or news of their own.
 */
export async function sitemap(payload: Payload): Promise<Response> {
  const { origin } = settingsOf(payload)
  const common = { overrideAccess: false, pagination: false, depth: 0, limit: 0 } as const
  // Read in English without fallback: an item whose title is missing there has no English page to list.
  const english = { locale: 'en', fallbackLocale: false } as const
  const [sheets, services, news, units] = await Promise.all([
    payload.find({
      collection: 'sheets',
      where: { _status: { equals: 'published' } },
      select: { slug: true, updatedAt: true, title: true },
      ...common,
      ...english,
    }),
    payload.find({
      collection: 'services',
      where: { _status: { equals: 'published' } },
      select: { slug: true, updatedAt: true, name: true },
      ...common,
      ...english,
    }),
    payload.find({
      collection: 'news',
      where: visibleNewsWhere(),
      select: { slug: true, updatedAt: true, scope: true, title: true },
      ...common,
      ...english,
    }),
    payload.find({ collection: 'units', where: { status: { equals: 'active' } }, select: { updatedAt: true, address: true }, ...common }),
  ])
  const langs = (translated: unknown): readonly Lang[] => (hasText(translated) ? bothLanguages : ['fr'])
  const communes = new Set(
    [...units.docs.map((unit) => unit.address?.inseeCode), ...news.docs.flatMap((item) => item.scope?.communes ?? [])].filter(
      (code): code is string => Boolean(code),
    ),
  )
  const entries: Entry[] = [
    ...sheets.docs.filter((d) => d.slug).map((d) => ({ page: 'sheet' as const, key: d.slug as string, lastmod: d.updatedAt, langs: langs(d.title) })),
    ...services.docs
      .filter((d) => d.slug)
      .map((d) => ({ page: 'service' as const, key: d.slug as string, lastmod: d.updatedAt, langs: langs(d.name) })),
    ...news.docs.filter((d) => d.slug).map((d) => ({ page: 'news' as const, key: d.slug as string, lastmod: d.updatedAt, langs: langs(d.title) })),
    // A unit's and a commune's pages are in both languages whatever their names.
    ...units.docs.map((d) => ({ page: 'unit' as const, key: d.id, lastmod: d.updatedAt, langs: bothLanguages })),
    ...[...communes].sort().map((code) => ({ page: 'commune' as const, key: code, langs: bothLanguages })),
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
