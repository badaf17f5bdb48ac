import { Feed, type Enclosure, type Item } from 'feed'
import type { Payload, Where } from 'payload'

import { newsCategories, sheetThemes } from '../../src/lib/vocabularies'
import type { Media, News, Sheet } from '../../payload-types'
import { publishedWhere } from '../../src/access/publicReads'
import { findCommune, findDepartment } from '../../src/lib/territories'
import { newsVisibleInTerritory } from '../../src/lib/territoryNews'
import { absoluteUrl, publicOrigin } from '../../src/lib/publicOrigin'
import type { FeedQuery } from './feedQuery'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { labelOf } from '../../src/lib/labelOf'
import { readerUrl } from '../../src/lib/readerUrls'
import { richTextHtml } from '../../src/lib/richText'

export type FeedFormat = 'rss' | 'atom' | 'json'

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

type FeedContext = { payload: Payload; query: FeedQuery; format: FeedFormat }

export type BuiltFeed = { body: string; lastModified: Date | undefined; mediaIds: (number | string)[] }

/**
 * Editors type titles and summaries as plain text. Atom marks titles and summaries, and RSS its
 * descriptions, as HTML: there the text is escaped, so that whatever an editor typed (`<script>`
 * included) reads as text in every feed reader. RSS titles and JSON Feed fields are plain text.
 */
const plainText = (text: string, format: FeedFormat, field: 'title' | 'summary'): string =>
  format === 'atom' || (format === 'rss' && field === 'summary') ? escapeHtml(text) : text

const titles = {
  news: { fr: 'Relais · Actualités', en: 'Relais · News' },
  sheets: { fr: 'Relais · Fiches pratiques mises à jour', en: 'Relais · Updated practical sheets' },
}

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

function newFeed(kind: 'news' | 'sheets', { query }: FeedContext, updated: Date, keys: (keyof FeedQuery)[]): Feed {
  const origin = publicOrigin()
  const where = territoryLabel(query)
  const title = titles[kind][query.lang] + (where ? ` · ${where}` : '')
  const search = selfQuery(query, keys)
  return new Feed({
    id: absoluteUrl(`/feeds/${kind}.atom${search}`),
    title,
    description: title,
    link: query.commune ? readerUrl('commune', query.commune, query.lang) : origin,
    language: query.lang,
    updated,
    generator: 'Relais',
    copyright: 'Ministère de l’Intérieur, Licence Ouverte 2.0',
    feedLinks: {
      rss: absoluteUrl(`/feeds/${kind}.rss${search}`),
      atom: absoluteUrl(`/feeds/${kind}.atom${search}`),
      json: absoluteUrl(`/feeds/${kind}.json${search}`),
    },
  })
}

function imageEnclosure(image: News['image']): Enclosure | undefined {
  if (!image || typeof image !== 'object') return undefined
  const media = image as Media
  const card = media.sizes?.card
  const url = card?.url ?? media.url
  if (!url) return undefined
  return {
    url: absoluteUrl(url),
    type: (card?.url ? card.mimeType : media.mimeType) ?? undefined,
    length: (card?.url ? card.filesize : media.filesize) ?? undefined,
    title: media.alt ?? undefined,
  }
}

function serialize(feed: Feed, format: FeedFormat, lang: string): string {
  if (format === 'rss') return feed.rss2()
  if (format === 'atom') return feed.atom1()
  // The feed package writes JSON Feed 1.0; 1.1 adds `language` and replaces `author` with `authors`.
  const json = JSON.parse(feed.json1()) as Record<string, unknown>
  json.version = 'https://jsonfeed.org/version/1.1'
  json.language = lang
  return JSON.stringify(json)
}

export async function newsFeed(context: FeedContext): Promise<BuiltFeed> {
  const { payload, query, format } = context
  const docs = await newsVisibleInTerritory(
    payload,
    { department: query.department, commune: query.commune },
    { limit: query.limit, depth: 1, locale: query.lang, fallbackLocale: 'fr' },
  )
  const updated = docs.reduce((latest, doc) => Math.max(latest, Date.parse(doc.updatedAt)), 0)
  const feed = newFeed('news', context, new Date(updated || 0), ['department', 'commune', 'lang', 'limit'])
  for (const doc of docs) {
    const enclosure = imageEnclosure(doc.image)
    const item: Item = {
      title: plainText(doc.title ?? '', format, 'title'),
      // Stable whatever the slug becomes, so feed readers never see an item twice.
      id: absoluteUrl(`/api/news/${doc.id}`),
      link: readerUrl('news', doc.slug ?? String(doc.id), query.lang),
      date: new Date(doc.updatedAt),
      published: new Date(doc.publishedAt ?? doc.createdAt),
      description: doc.summary ? plainText(doc.summary, format, 'summary') : undefined,
      content: richTextHtml(doc.body) || undefined,
      category: [{ name: labelOf(newsCategories, doc.category, query.lang) ?? doc.category }],
      enclosure,
      image: enclosure,
    }
    feed.addItem(item)
  }
  const mediaIds = docs.flatMap((doc) => (doc.image && typeof doc.image === 'object' ? [doc.image.id] : []))
  return { body: serialize(feed, format, query.lang), lastModified: updated ? new Date(updated) : undefined, mediaIds }
}

export async function sheetsFeed(context: FeedContext): Promise<BuiltFeed> {
  const { payload, query, format } = context
  const where: Where = publishedWhere
  const { docs } = await payload.find({
    collection: 'sheets',
    where,
    sort: '-lastSignificantUpdate',
    limit: query.limit,
    depth: 0,
    locale: query.lang,
    fallbackLocale: 'fr',
    overrideAccess: false,
  })
  const updated = docs.reduce((latest, doc) => Math.max(latest, Date.parse(doc.lastSignificantUpdate)), 0)
  const feed = newFeed('sheets', context, new Date(updated || 0), ['lang', 'limit'])
  for (const doc of docs as Sheet[]) {
    feed.addItem({
      title: plainText(doc.title ?? '', format, 'title'),
      id: absoluteUrl(`/api/sheets/${doc.id}`),
      link: readerUrl('sheet', doc.slug ?? String(doc.id), query.lang),
      date: new Date(doc.lastSignificantUpdate),
      description: doc.summary ? plainText(doc.summary, format, 'summary') : undefined,
      content: richTextHtml(doc.body) || undefined,
      category: (doc.themes ?? []).map((theme) => ({ name: labelOf(sheetThemes, theme, query.lang) ?? theme })),
    })
  }
  // Any edit changes the feed's bytes, a significant one or not.
  const lastModified = docs.reduce((latest, doc) => Math.max(latest, Date.parse(doc.updatedAt)), 0)
  return { body: serialize(feed, format, query.lang), lastModified: lastModified ? new Date(lastModified) : undefined, mediaIds: [] }
}
