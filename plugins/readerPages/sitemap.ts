import type { Payload, Where } from 'payload'

import { publishedWhere, visibleNewsWhere } from '../../src/access/publicReads'
import { collectionTag, nationalNewsTag, problem, publicAnswer } from '../../src/edge/contract'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { type ReaderPage, readerPath } from '../../src/lib/readerUrls'
import { settingsOf } from '../../src/lib/settings'
import { listCommunes } from '../../src/lib/territories'
import { hasText } from '../../src/lib/textLanguages'
import { defaultLang, languages, type Lang } from '../../src/lib/language'

type Entry = { page: ReaderPage; key: string | number; lastmod?: string | null; langs: readonly Lang[] }

/*
 * Search engines take at most 50,000 URLs a sitemap. Each entry is at most two URLs (French and
 * English), and a part is read uncached in one query: 1,000 entries (2,000 URLs) keeps each
 * part far under the protocol's limit and quick to answer at national volumes.
 */
export const entriesPerSitemap = 1000

/*
 * News parts are numbered within their year of publication (/sitemaps/news-2025-3.xml): a part's
 * offset is walked within one year's news, not the whole history. Numbered across the 60,000
 * news shown at national volumes, the last parts walked 55,000 rows of the publication index to
 * reach their own (60 ms of the 130 ms of a part on PostgreSQL).
 */
type Year = { year: number; count: number }
const yearWhere = (year: number): Where => ({
  and: [
    { publishedAt: { greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString() } },
    { publishedAt: { less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString() } },
  ],
})

const parts = {
  sheets: { page: 'sheet', collection: 'sheets', where: publishedWhere, tags: [collectionTag('sheets')], title: 'title' },
  services: { page: 'service', collection: 'services', where: publishedWhere, tags: [collectionTag('services')], title: 'name' },
  units: { page: 'unit', collection: 'units', where: { status: { equals: 'active' } }, tags: [collectionTag('units')], title: null },
  news: { page: 'news', collection: 'news', where: null, tags: [collectionTag('news'), nationalNewsTag], title: 'title' },
  communes: { page: 'commune', collection: null, where: null, tags: ['communes'], title: null },
} as const satisfies Record<
  string,
  {
    page: ReaderPage
    collection: 'sheets' | 'services' | 'units' | 'news' | null
    where: Where | null
    tags: string[]
    /** The text whose English version makes an English page; none: the page is in both languages whatever (names of places and units). */
    title: 'title' | 'name' | null
  }
>

type Part = keyof typeof parts
const partNames = Object.keys(parts) as Part[]

const whereOf = (part: Part, year?: number): Where => {
  const where = parts[part].where ?? visibleNewsWhere()
  return year === undefined ? where : { and: [where, yearWhere(year)] }
}

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

/**
 * The years news shown were published in, from the oldest to the newest (each read at the end of
 * the publication index), and how many of each year are shown. Every published item has its
 * date (stampPublishedAt).
 */
async function newsYears(payload: Payload): Promise<Year[]> {
  const where = whereOf('news')
  const end = async (sort: string) => {
    const { docs } = await payload.db.find<{ publishedAt?: string | null }>({
      collection: 'news',
      where,
      sort,
      select: { publishedAt: true },
      limit: 1,
      pagination: false,
    })
    return docs[0]?.publishedAt ? new Date(docs[0].publishedAt).getUTCFullYear() : undefined
  }
  const [first, last] = await Promise.all([end('publishedAt'), end('-publishedAt')])
  if (first === undefined || last === undefined) return []
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const counts = await Promise.all(
    years.map(async (year) => (await payload.count({ collection: 'news', where: whereOf('news', year), overrideAccess: false })).totalDocs),
  )
  return years.map((year, i) => ({ year, count: counts[i] })).filter(({ count }) => count > 0)
}

/** The file names of a kind's parts: numbered, news within their year. */
async function partFiles(payload: Payload, part: Part): Promise<string[]> {
  const numbered = (prefix: string, count: number) => Array.from({ length: Math.ceil(count / entriesPerSitemap) }, (_, k) => `${prefix}-${k + 1}.xml`)
  if (part === 'news') return (await newsYears(payload)).flatMap(({ year, count }) => numbered(`news-${year}`, count))
  return numbered(part, await entryCount(payload, part))
}

/**
 * One part's entries, oldest first so that new pages land in the last part and the others keep
 * theirs; for news, within the year of publication given.
 */
async function entries(payload: Payload, part: Part, number: number, year?: number): Promise<Entry[]> {
  const { collection, page, title } = parts[part]
  const start = (number - 1) * entriesPerSitemap
  if (!collection)
    return communeCodes()
      .slice(start, start + entriesPerSitemap)
      .map((code) => ({ page, key: code, langs: languages }))
  // Straight from the adapter: the where is the public-read rule itself, and Payload's
  // per-document read (hooks, field access) of 2,000 documents cost ten times the query.
  type Row = { id: number | string; slug?: string | null; updatedAt: string; title?: unknown; name?: unknown }
  const found = await payload.db.find<Row>({
    collection,
    where: whereOf(part, year),
    // News follow their index on (status, publication, creation); the others their creation.
    sort: collection === 'news' ? ['publishedAt', 'createdAt'] : ['createdAt'],
    select: collection === 'units' ? { updatedAt: true } : { slug: true, updatedAt: true },
    limit: entriesPerSitemap,
    page: number,
    // MongoDB's adapter reads `page` only when paginating (and counting).
    pagination: payload.db.name === 'mongoose',
  })
  // The titles of this part's documents only, once the part is known: asked in the query above,
  // the SQL adapters would build the localized columns of every row the offset skips (the last
  // part of 60,000 news read 55,000 titles: 0.2 to 0.5 s on PostgreSQL).
  const titles = new Map<string, unknown>()
  if (title && found.docs.length) {
    const { docs } = await payload.db.find<Row>({
      collection,
      where: { id: { in: found.docs.map((doc) => doc.id) } },
      select: { [title]: true },
      limit: found.docs.length,
      pagination: false,
    })
    for (const doc of docs) titles.set(String(doc.id), doc[title])
  }
  return found.docs.flatMap((doc) => {
    const key = collection === 'units' ? doc.id : doc.slug
    // The adapter answers a localized field with every locale's value ({ fr, en }): an item whose
    // title is missing in English has no English page to list.
    const langs = title && !hasText(inEnglish(titles.get(String(doc.id)))) ? [defaultLang] : languages
    return key ? [{ page, key, lastmod: doc.updatedAt, langs }] : []
  })
}

const inEnglish = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { en?: unknown }).en : value)

/**
 * One URL per language the page's content exists in, each naming the others (hreflang). An
 * untranslated item's English page shows French text: it is left out, and named nowhere.
 */
function urlElement(origin: string, { page, key, lastmod, langs }: Entry): string {
  const urls = langs.map((lang) => ({ lang, url: escapeHtml(origin + readerPath(page, key, lang)) }))
  const alternates = urls.length > 1 ? urls.map(({ lang, url }) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${url}"/>`).join('') : ''
  const date = lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''
  return urls.map(({ url }) => `<url><loc>${url}</loc>${date}${alternates}</url>`).join('\n')
}

const xml = 'application/xml; charset=utf-8'

/**
 * /sitemap.xml: the sitemap index, naming one sitemap per part of at most 1,000 pages of a
 * kind (/sitemaps/sheets-1.xml…, news by year of publication: /sitemaps/news-2025-1.xml…):
 * published sheets and services, active units, news while shown, and every commune.
 */
export async function sitemapIndex(payload: Payload): Promise<Response> {
  const files = await Promise.all(partNames.map((part) => partFiles(payload, part)))
  const { origin } = settingsOf(payload)
  const locations = files.flat().map((file) => `${origin}/sitemaps/${file}`)
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locations.map((loc) => `<sitemap><loc>${escapeHtml(loc)}</loc></sitemap>`).join('\n')}
</sitemapindex>
`
  return publicAnswer(body, xml, { tags: partNames.flatMap((part) => parts[part].tags) })
}

/** /sitemaps/<kind>-<n>.xml: one part of the sitemap, every page in each language it exists in, with its alternates. */
export async function sitemapPart(payload: Payload, file: string): Promise<Response> {
  const match = /^([a-z]+)-(?:(\d{4})-)?([1-9]\d{0,5})\.xml$/.exec(file)
  const part = match?.[1] as Part | undefined
  // A year names a part of news, and only of news.
  if (!match || !part || !partNames.includes(part) || (part === 'news') !== (match[2] !== undefined)) {
    return problem(404, `file: no sitemap "${file}" (see /sitemap.xml)`)
  }
  const list = await entries(payload, part, Number(match[3]), match[2] === undefined ? undefined : Number(match[2]))
  const { origin } = settingsOf(payload)
  if (!list.length) return problem(404, `file: no sitemap "${file}" (see /sitemap.xml)`)
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${list.map((entry) => urlElement(origin, entry)).join('\n')}
</urlset>
`
  return publicAnswer(body, xml, { tags: parts[part].tags })
}
