import type { Payload, Where } from 'payload'

import { publishedWhere, visibleNewsWhere } from '../../src/access/publicReads'
import { publicAnswer } from '../../src/edge/publicAnswer'
import { problem } from '../../src/edge/problem'
import { collectionTag, nationalNewsTag } from '../../src/edge/tags'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { publicOrigin } from '../../src/lib/publicOrigin'
import { type ReaderPage, readerPath } from '../../src/lib/readerUrls'
import { listCommunes } from '../../src/lib/territories'

type Entry = { page: ReaderPage; key: string | number; lastmod?: string | null }

/*
 * Search engines take at most 50,000 URLs a sitemap. Each entry is two URLs (French and
 * English), and a part is read uncached in one query: 1,000 entries (2,000 URLs) keeps each
 * part far under the protocol's limit and quick to answer at national volumes.
 */
export const entriesPerSitemap = 1000

const parts = {
  sheets: { page: 'sheet', collection: 'sheets', where: publishedWhere, tags: [collectionTag('sheets')] },
  services: { page: 'service', collection: 'services', where: publishedWhere, tags: [collectionTag('services')] },
  units: { page: 'unit', collection: 'units', where: { status: { equals: 'active' } }, tags: [collectionTag('units')] },
  news: { page: 'news', collection: 'news', where: null, tags: [collectionTag('news'), nationalNewsTag] },
  communes: { page: 'commune', collection: null, where: null, tags: ['communes'] },
} as const satisfies Record<
  string,
  { page: ReaderPage; collection: 'sheets' | 'services' | 'units' | 'news' | null; where: Where | null; tags: string[] }
>

type Part = keyof typeof parts
const partNames = Object.keys(parts) as Part[]

const whereOf = (part: Part): Where => parts[part].where ?? visibleNewsWhere()

/** Every commune has its page (its units, services and news): INSEE's list, in code order. */
const communeCodes = (() => {
  let codes: string[] | undefined
  return () =>
    (codes ??= listCommunes()
      .map((commune) => commune.code)
      .sort())
})()

async function entryCount(payload: Payload, part: Part): Promise<number> {
  const { collection } = parts[part]
  if (!collection) return communeCodes().length
  return (await payload.count({ collection, where: whereOf(part), overrideAccess: false })).totalDocs
}

/** One part's entries, oldest first so that new pages land in the last part and the others keep theirs. */
async function entries(payload: Payload, part: Part, number: number): Promise<Entry[]> {
  const { collection, page } = parts[part]
  const start = (number - 1) * entriesPerSitemap
  if (!collection)
    return communeCodes()
      .slice(start, start + entriesPerSitemap)
      .map((code) => ({ page, key: code }))
  // Straight from the adapter: the where is the public-read rule itself, and Payload's
  // per-document read (hooks, field access) of 2,000 documents cost ten times the query.
  const found = await payload.db.find<{ id: number | string; slug?: string | null; updatedAt: string }>({
    collection,
    where: whereOf(part),
    // News follow their index on (status, publication, creation); the others their creation.
    sort: collection === 'news' ? ['publishedAt', 'createdAt'] : ['createdAt'],
    select: collection === 'units' ? { updatedAt: true } : { slug: true, updatedAt: true },
    limit: entriesPerSitemap,
    page: number,
    // MongoDB's adapter reads `page` only when paginating (and counting).
    pagination: payload.db.name === 'mongoose',
  })
  return found.docs.flatMap((doc) => {
    const key = collection === 'units' ? doc.id : doc.slug
    return key ? [{ page, key, lastmod: doc.updatedAt }] : []
  })
}

/** The page's URL in both languages, each with both alternates; the origin is read once per sitemap. */
function urlElement(origin: string, { page, key, lastmod }: Entry): string {
  const fr = escapeHtml(origin + readerPath(page, key, 'fr'))
  const en = escapeHtml(origin + readerPath(page, key, 'en'))
  const alternates = `<xhtml:link rel="alternate" hreflang="fr" href="${fr}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/>`
  const date = lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''
  return `<url><loc>${fr}</loc>${date}${alternates}</url>\n<url><loc>${en}</loc>${date}${alternates}</url>`
}

const xml = 'application/xml; charset=utf-8'

/**
 * /sitemap.xml: the sitemap index, naming one sitemap per part of at most 1,000 pages of a
 * kind (/sitemaps/news-1.xml…): published sheets and services, active units, news while shown,
 * and every commune.
 */
export async function sitemapIndex(payload: Payload): Promise<Response> {
  const counts = await Promise.all(partNames.map((part) => entryCount(payload, part)))
  const origin = publicOrigin()
  const locations = partNames.flatMap((part, i) =>
    Array.from({ length: Math.ceil(counts[i] / entriesPerSitemap) }, (_, k) => `${origin}/sitemaps/${part}-${k + 1}.xml`),
  )
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locations.map((loc) => `<sitemap><loc>${escapeHtml(loc)}</loc></sitemap>`).join('\n')}
</sitemapindex>
`
  return publicAnswer(body, xml, { tags: partNames.flatMap((part) => parts[part].tags) })
}

/** /sitemaps/<kind>-<n>.xml: one part of the sitemap, every page in both languages with its alternate. */
export async function sitemapPart(payload: Payload, file: string): Promise<Response> {
  const match = /^([a-z]+)-([1-9]\d{0,5})\.xml$/.exec(file)
  const part = match?.[1] as Part | undefined
  if (!match || !part || !partNames.includes(part)) return problem(404, `file: no sitemap "${file}" (see /sitemap.xml)`)
  const list = await entries(payload, part, Number(match[2]))
  const origin = publicOrigin()
  if (!list.length) return problem(404, `file: no sitemap "${file}" (see /sitemap.xml)`)
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${list.map((entry) => urlElement(origin, entry)).join('\n')}
</urlset>
`
  return publicAnswer(body, xml, { tags: parts[part].tags })
}
