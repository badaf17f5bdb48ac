import type { Payload } from 'payload'

import type { News } from '../../payload-types'
import { publishedWhere } from '../../src/access/publicReads'
import { labelOf } from '../../src/lib/labelOf'
import { absoluteUrl } from '../../src/lib/absoluteUrl'
import { settingsOf } from '../../src/lib/settings'
import { publicImage } from '../../src/lib/publicMedia'
import { readerUrl } from '../../src/lib/readerUrls'
import { richTextHtml } from '../../src/lib/richText'
import { findCommune, findDepartment } from '../../src/lib/territories'
import { type EnglishTexts, englishTexts, hasText, textLang } from '../../src/lib/textLanguages'
import { newsVisibleInTerritory } from '../../src/lib/territoryNews'
import { newsCategories, sheetThemes } from '../../src/lib/vocabularies'
import { atom } from './atom'
import type { FeedDocument, FeedEntry, FeedImage } from './feedDocument'
import type { FeedQuery } from './feedQuery'
import { jsonFeed } from './jsonFeed'
import { rss } from './rss'
import { type Lang } from '../../src/lib/language'

/** The feeds the hub serves, /feeds/<kind>.<format>: a kind or a format added here fails to compile until every table below handles it. */
export const feedKinds = ['news', 'sheets'] as const
export type FeedKind = (typeof feedKinds)[number]
export const feedFormats = ['rss', 'atom', 'json'] as const
export type FeedFormat = (typeof feedFormats)[number]

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

type FeedContext = { payload: Payload; query: FeedQuery; format: FeedFormat }

export type BuiltFeed = { body: string; lastModified: Date | undefined; mediaIds: (number | string)[] }

const titles: Record<FeedKind, Record<Lang, string>> = {
  news: { fr: 'Relais · Actualités', en: 'Relais · News' },
  sheets: { fr: 'Relais · Fiches pratiques mises à jour', en: 'Relais · Updated practical sheets' },
}

const publisher = { fr: 'Ministère de l’Intérieur', en: 'French Ministry of the Interior' }
const rights = { fr: 'Ministère de l’Intérieur, Licence Ouverte 2.0', en: 'French Ministry of the Interior, Open Licence 2.0' }

function territoryLabel({ department, commune }: FeedQuery): string | undefined {
  if (commune) return findCommune(commune)?.name
  if (department) return findDepartment(department)?.name
  return undefined
}

function selfQuery(query: FeedQuery, keys: (keyof FeedQuery)[]): string {
  const params = new URLSearchParams()
  for (const key of keys) {
    const value = query[key]
    if (value !== undefined && !(key === 'lang' && value === 'fr') && !(key === 'limit' && value === 30)) params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : ''
}

function feedDocument(
  origin: string,
  kind: 'news' | 'sheets',
  query: FeedQuery,
  updated: Date,
  keys: (keyof FeedQuery)[],
  entries: FeedEntry[],
): FeedDocument {
  const where = territoryLabel(query)
  const search = selfQuery(query, keys)
  return {
    id: absoluteUrl(origin, `/feeds/${kind}.atom${search}`),
    title: titles[kind][query.lang] + (where ? ` · ${where}` : ''),
    lang: query.lang,
    link: query.commune ? readerUrl(origin, 'commune', query.commune, query.lang) : `${origin}/`,
    self: {
      rss: absoluteUrl(origin, `/feeds/${kind}.rss${search}`),
      atom: absoluteUrl(origin, `/feeds/${kind}.atom${search}`),
      json: absoluteUrl(origin, `/feeds/${kind}.json${search}`),
    },
    updated,
    author: { name: publisher[query.lang], uri: `${origin}/` },
    rights: rights[query.lang],
    entries,
  }
}

const serializers: Record<FeedFormat, (document: FeedDocument) => string> = { rss, atom, json: jsonFeed }
const serialize = (document: FeedDocument, format: FeedFormat) => serializers[format](document)

/** The item's image at its card size, under the public /media/ path. */
function feedImage(origin: string, image: News['image']): FeedImage | undefined {
  const card = publicImage(origin, image, 'card')
  if (!card) return undefined
  return { url: card.url, type: card.mimeType ?? 'application/octet-stream', length: card.filesize ?? 0, alt: card.alt }
}

/** The texts of a document shown in the feed's language, each with the language it is really in. */
function texts(doc: { id: number | string; title?: string | null; summary?: string | null; body?: unknown }, lang: Lang, english: EnglishTexts) {
  const body = richTextHtml(doc.body)
  return {
    title: { text: doc.title ?? '', lang: textLang(lang, english, doc.id, 'title') },
    summary: hasText(doc.summary) ? { text: doc.summary as string, lang: textLang(lang, english, doc.id, 'summary') } : undefined,
    content: body ? { html: body, lang: textLang(lang, english, doc.id, 'body') } : undefined,
  }
}

/** In an English feed, which texts are translated (a French feed is French throughout). */
const translations = (payload: Payload, collection: FeedKind, lang: Lang, ids: (string | number)[]) =>
  englishTexts(payload, { collection, ids: lang === 'en' ? ids : [], select: { title: true, summary: true, body: true } })

async function newsFeed({ payload, query, format }: FeedContext): Promise<BuiltFeed> {
  const { origin } = settingsOf(payload)
  const docs = await newsVisibleInTerritory(
    payload,
    { department: query.department, commune: query.commune },
    { limit: query.limit, depth: 1, locale: query.lang, fallbackLocale: 'fr' },
  )
  const english = await translations(
    payload,
    'news',
    query.lang,
    docs.map((doc) => doc.id),
  )
  const updated = docs.reduce((latest, doc) => Math.max(latest, Date.parse(doc.updatedAt)), 0)
  const entries = docs.map((doc): FeedEntry => ({
    ...texts(doc, query.lang, english),
    id: absoluteUrl(origin, `/api/news/${doc.id}`),
    link: readerUrl(origin, 'news', doc.slug ?? String(doc.id), query.lang),
    updated: new Date(doc.updatedAt),
    published: new Date(doc.publishedAt ?? doc.createdAt),
    categories: [{ term: doc.category, label: labelOf(newsCategories, doc.category, query.lang) ?? doc.category }],
    image: feedImage(origin, doc.image),
  }))
  const document = feedDocument(origin, 'news', query, new Date(updated || 0), ['department', 'commune', 'lang', 'limit'], entries)
  const mediaIds = docs.flatMap((doc) => (doc.image && typeof doc.image === 'object' ? [doc.image.id] : []))
  return { body: serialize(document, format), lastModified: updated ? new Date(updated) : undefined, mediaIds }
}

async function sheetsFeed({ payload, query, format }: FeedContext): Promise<BuiltFeed> {
  const { origin } = settingsOf(payload)
  const { docs } = await payload.find({
    collection: 'sheets',
    where: publishedWhere,
    sort: '-lastSignificantUpdate',
    limit: query.limit,
    depth: 0,
    locale: query.lang,
    fallbackLocale: 'fr',
    overrideAccess: false,
  })
  const english = await translations(
    payload,
    'sheets',
    query.lang,
    docs.map((doc) => doc.id),
  )
  const updated = docs.reduce((latest, doc) => Math.max(latest, Date.parse(doc.lastSignificantUpdate)), 0)
  const entries = docs.map((doc): FeedEntry => ({
    ...texts(doc, query.lang, english),
    id: absoluteUrl(origin, `/api/sheets/${doc.id}`),
    link: readerUrl(origin, 'sheet', doc.slug ?? String(doc.id), query.lang),
    updated: new Date(doc.lastSignificantUpdate),
    categories: (doc.themes ?? []).map((theme) => ({ term: theme, label: labelOf(sheetThemes, theme, query.lang) ?? theme })),
  }))
  const document = feedDocument(origin, 'sheets', query, new Date(updated || 0), ['lang', 'limit'], entries)
  // Any edit changes the feed's bytes, a significant one or not.
  const lastModified = docs.reduce((latest, doc) => Math.max(latest, Date.parse(doc.updatedAt)), 0)
  return { body: serialize(document, format), lastModified: lastModified ? new Date(lastModified) : undefined, mediaIds: [] }
}

/** Each kind's feed, and whether it is read for a territory (national sheets are not). */
export const feedKindsBuilt: Record<FeedKind, { build: (context: FeedContext) => Promise<BuiltFeed>; territorial: boolean }> = {
  news: { build: newsFeed, territorial: true },
  sheets: { build: sheetsFeed, territorial: false },
}
