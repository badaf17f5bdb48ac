import type { PayloadRequest } from 'payload'

import { newsCategories } from '../../../src/lib/vocabularies'
import { documentTag, latestDate, territoryTags } from '../../../src/edge/contract'
import { absoluteUrl } from '../../../src/lib/absoluteUrl'
import { readerUrl } from '../../../src/lib/readerUrls'
import { departmentOfCommune } from '../../../src/lib/territories'
import { newsInTerritory } from '../../../src/lib/territoryWhere'
import { newsVisibleInTerritory } from '../../../src/lib/territoryNews'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import type { WidgetQuery } from '../contract'
import { labelOf } from '../../../src/lib/labelOf'
import { settingsOf } from '../../../src/lib/settings'

/**
 * National and local news of the territory, newest first: only published, unexpired items; in
 * an editor's preview, the latest drafts they may read too, whatever their dates.
 */
export async function newsData(req: PayloadRequest, query: WidgetQuery<'news'>, reading: Reading = publicReading) {
  const { origin } = settingsOf(req.payload)
  const territory = { commune: query.commune, department: query.department }
  const select = { title: true, slug: true, summary: true, category: true, publishedAt: true, image: true, scope: true, updatedAt: true } as const
  const read = { limit: query.limit, depth: 1, locale: query.lang, fallbackLocale: 'fr' as const, select }
  const found = {
    docs:
      reading.mode === 'preview'
        ? (
            await req.payload.find({
              collection: 'news',
              where: newsInTerritory(territory),
              sort: '-publishedAt',
              ...read,
              ...readAs(reading),
              // Every item, then the first `limit` in readers' order (below): the database puts undated drafts last.
              limit: 0,
              pagination: false,
            })
          ).docs
            // A draft never published would be the newest item once published: first, where readers will see it.
            .sort((a, b) => (b.publishedAt ?? '9999').localeCompare(a.publishedAt ?? '9999'))
            .slice(0, query.limit)
        : await newsVisibleInTerritory(req.payload, territory, read),
  }
  const department = query.department ?? (query.commune ? departmentOfCommune(query.commune) : undefined)
  const images = found.docs.map((item) => (typeof item.image === 'object' && item.image ? item.image : null)).filter((image) => image !== null)
  const tags = [...territoryTags({ department, commune: query.commune }), ...images.map((image) => documentTag('media', image.id))]
  const lastModified = latestDate([...found.docs.map((item) => item.updatedAt), ...images.map((image) => image.updatedAt)])
  const data = {
    items: found.docs.map((item) => {
      const image = typeof item.image === 'object' && item.image ? item.image : null
      const size = image?.sizes?.thumbnail?.url ? image.sizes.thumbnail : image
      return {
        slug: item.slug,
        url: readerUrl(origin, 'news', item.slug ?? String(item.id), query.lang),
        title: item.title,
        summary: item.summary,
        category: labelOf(newsCategories, item.category, query.lang),
        local: item.scope?.level !== 'national',
        publishedAt: item.publishedAt,
        image:
          image && size?.url
            ? { url: absoluteUrl(origin, size.url), alt: image.alt ?? '', width: size.width ?? null, height: size.height ?? null }
            : null,
      }
    }),
    /** All the territory's news, on the hub's page of the commune. */
    seeAll: query.commune ? readerUrl(origin, 'commune', query.commune, query.lang) : null,
  }
  return { data, tags, lastModified }
}
