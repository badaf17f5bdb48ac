import type { PayloadRequest } from 'payload'

import { newsCategories } from '../../../collections/News'
import type { Media } from '../../../payload-types'
import { newsVisibleIn } from '../../../src/lib/territoryQueries'
import type { WidgetQuery } from '../params'
import { absoluteUrl } from './absoluteUrl'
import { labelOf } from './labels'

/** National and local news of the territory, newest first: only published, unexpired items. */
export async function newsData(req: PayloadRequest, query: WidgetQuery<'news'>, origin: string) {
  const found = await req.payload.find({
    collection: 'news',
    where: newsVisibleIn({ commune: query.commune, department: query.department }),
    sort: '-publishedAt',
    limit: query.limit,
    depth: 1,
    locale: query.lang,
    fallbackLocale: 'fr',
    overrideAccess: false,
    pagination: false,
    select: { title: true, slug: true, summary: true, category: true, publishedAt: true, image: true, scope: true },
  })
  return {
    items: found.docs.map((item) => {
      const image = typeof item.image === 'object' && item.image ? (item.image as Media) : null
      const size = image?.sizes?.card?.url ? image.sizes.card : image
      return {
        slug: item.slug,
        title: item.title,
        summary: item.summary,
        category: labelOf(newsCategories, item.category, query.lang),
        local: item.scope?.level !== 'national',
        publishedAt: item.publishedAt,
        image: image && size?.url ? { url: absoluteUrl(size.url, origin), alt: image.alt ?? '', width: size.width ?? null, height: size.height ?? null } : null,
      }
    }),
  }
}
