import type { PayloadRequest } from 'payload'

import { sheetThemes } from '../../../src/lib/vocabularies'
import type { Service } from '../../../payload-types'
import { collectionTag, documentTag, latestDate } from '../../../src/edge/contract'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import type { WidgetQuery } from '../contract'
import { filled } from './filled'
import { labelOf } from '../../../src/lib/labelOf'
import { readerUrl } from '../../../src/lib/readerUrls'
import { richTextHtml } from '../../../src/lib/richText'
import { settingsOf } from '../../../src/lib/settings'

export class NotFound extends Error {}

/** One published sheet with its services and sources, or the list of a theme's sheets. */
export async function sheetData(req: PayloadRequest, query: WidgetQuery<'sheet'>, reading: Reading = publicReading) {
  const { origin } = settingsOf(req.payload)
  const common = { locale: query.lang, fallbackLocale: 'fr' as const, pagination: false, ...readAs(reading) }
  if (query.theme) {
    const found = await req.payload.find({
      collection: 'sheets',
      where: { themes: { in: [query.theme] } },
      sort: '-lastSignificantUpdate',
      limit: query.limit,
      depth: 0,
      select: { title: true, slug: true, summary: true, lastSignificantUpdate: true, updatedAt: true },
      ...common,
    })
    const data = {
      theme: filled(labelOf(sheetThemes, query.theme, query.lang)),
      items: found.docs.map((sheet) => ({
        slug: filled(sheet.slug),
        page: readerUrl(origin, 'sheet', sheet.slug ?? String(sheet.id), query.lang),
        title: filled(sheet.title),
        summary: sheet.summary,
        updatedAt: sheet.lastSignificantUpdate,
      })),
    }
    return { data, tags: [collectionTag('sheets')], lastModified: latestDate(found.docs.map((sheet) => sheet.updatedAt)) }
  }
  const found = await req.payload.find({
    collection: 'sheets',
    where: { slug: { equals: query.slug } },
    limit: 1,
    depth: 1,
    ...common,
  })
  const sheet = found.docs[0]
  if (!sheet) throw new NotFound(`slug: no published sheet "${query.slug}"`)
  const services = (sheet.relatedServices ?? []).filter((s): s is Service => typeof s === 'object' && s !== null && s._status === 'published')
  const data = {
    sheet: {
      slug: filled(sheet.slug),
      page: readerUrl(origin, 'sheet', sheet.slug ?? String(sheet.id), query.lang),
      title: filled(sheet.title),
      summary: sheet.summary,
      body: richTextHtml(sheet.body, { headings: 'strong', newTab: true }),
      updatedAt: sheet.lastSignificantUpdate,
      themes: sheet.themes.map((theme) => labelOf(sheetThemes, theme, query.lang)),
      services: services.map((s) => ({
        slug: filled(s.slug),
        name: filled(s.name),
        acronym: s.acronym ?? null,
        summary: s.summary,
        url: s.url,
        page: readerUrl(origin, 'service', s.slug ?? String(s.id), query.lang),
      })),
      sources: (sheet.sources ?? []).map((source) => ({ title: source.title, url: source.url })),
    },
  }
  // Related services are read at depth 1: any of them may change what the sheet shows.
  const tags = [
    documentTag('sheets', sheet.id),
    ...(sheet.relatedServices ?? []).map((s) => documentTag('services', typeof s === 'object' ? s.id : s)),
  ]
  return { data, tags, lastModified: latestDate([sheet.updatedAt, ...services.map((s) => s.updatedAt)]) }
}
