import type { Payload } from 'payload'

import { newsCategories } from '../../../src/lib/vocabularies'
import type { Media, News, Unit } from '../../../payload-types'
import { visibleNewsWhere } from '../../../src/access/publicReads'
import { documentTag, latestDate } from '../../../src/edge/contract'
import { absoluteUrl } from '../../../src/lib/absoluteUrl'
import { type Lang, readerUrl } from '../../../src/lib/readerUrls'
import { richTextHtml } from '../../../src/lib/richText'
import { findCommune, findDepartment } from '../../../src/lib/territories'
import { labelOf } from '../../../src/lib/labelOf'
import { labels, readableDate } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import { notFoundPage } from './notFoundPage'
import { settingsOf } from '../../../src/lib/settings'

function scopeText(scope: News['scope'], lang: Lang): string {
  if (scope.level === 'national') return labels[lang].national
  if (scope.level === 'communes') return (scope.communes ?? []).map((code) => findCommune(code)?.name ?? code).join(', ')
  return (scope.departments ?? []).map((code) => `${findDepartment(code)?.name ?? code} (${code})`).join(', ')
}

/** Where the news widget shows an item: its first department or commune; national news everywhere. */
function newsWidgetTerritory(scope: News['scope']): Record<string, string> {
  if (scope.level === 'communes' && scope.communes?.length) return { commune: scope.communes[0] }
  if (scope.level === 'departments' && scope.departments?.length) return { department: scope.departments[0] }
  return {}
}

/**
 * A news item while it is shown to readers; 410 once its end date has passed, 404 otherwise. An
 * editor's preview shows the latest draft whatever its dates, if their territory lets them read it.
 */
export async function newsPage(payload: Payload, lang: Lang, slug: string, reading: Reading = publicReading): Promise<Response> {
  const { origin } = settingsOf(payload)
  const preview = reading.mode === 'preview'
  const { docs } = await payload.find({
    collection: 'news',
    where: preview ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, visibleNewsWhere()] },
    limit: 1,
    depth: 1,
    locale: lang,
    fallbackLocale: 'fr',
    ...readAs(reading),
  })
  const item = docs[0] as News | undefined
  if (!item?.slug && preview) return notFoundPage(lang, readerUrl(origin, 'news', slug, lang), 404, true)
  if (!item?.slug) {
    const expired = await payload.count({
      collection: 'news',
      where: {
        and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }, { expiresAt: { less_than_equal: new Date().toISOString() } }],
      },
      overrideAccess: true,
    })
    return notFoundPage(lang, readerUrl(origin, 'news', slug, lang), expired.totalDocs ? 410 : 404)
  }
  const t = labels[lang]
  const image = typeof item.image === 'object' && item.image ? (item.image as Media) : null
  const share = image?.sizes?.share?.url ? image.sizes.share : image
  const card = image?.sizes?.card?.url ? image.sizes.card : image
  const unit = typeof item.unit === 'object' && item.unit?.status === 'active' ? (item.unit as Unit) : null
  return renderPage(
    <Layout
      head={{
        lang,
        title: item.title ?? '',
        description: item.summary,
        canonical: readerUrl(origin, 'news', item.slug, lang),
        alternates: { fr: readerUrl(origin, 'news', item.slug, 'fr'), en: readerUrl(origin, 'news', item.slug, 'en') },
        preview,
        widgets: [{ widget: 'news', query: newsWidgetTerritory(item.scope) }],
        image: image && share?.url ? { url: absoluteUrl(origin, share.url), alt: image.alt ?? '', width: share.width, height: share.height } : null,
      }}
    >
      <article>
        <p className="meta">{labelOf(newsCategories, item.category, lang)}</p>
        <h1>{item.title}</h1>
        <p className="meta">
          {t.published} <time dateTime={item.publishedAt ?? item.createdAt}>{readableDate(item.publishedAt ?? item.createdAt, lang)}</time>
          {item.expiresAt ? (
            <>
              {' · '}
              {t.expires} <time dateTime={item.expiresAt}>{readableDate(item.expiresAt, lang)}</time>
            </>
          ) : null}
          {' · '}
          {t.scope} : {scopeText(item.scope, lang)}
        </p>
        {item.summary ? <p className="lead">{item.summary}</p> : null}
        {image && card?.url ? (
          <img src={absoluteUrl(origin, card.url)} alt={image.alt ?? ''} width={card.width ?? undefined} height={card.height ?? undefined} />
        ) : null}
        <div dangerouslySetInnerHTML={{ __html: richTextHtml(item.body) }} />
        {unit ? (
          <p>
            {t.issuingUnit} : <a href={readerUrl(origin, 'unit', unit.id, lang)}>{unit.name}</a>
          </p>
        ) : null}
      </article>
    </Layout>,
    {
      tags: [
        documentTag('news', item.id),
        ...(image ? [documentTag('media', image.id)] : []),
        // The issuing unit, shown or not: its closing or reopening changes this page.
        ...(item.unit ? [documentTag('units', typeof item.unit === 'object' ? item.unit.id : item.unit)] : []),
      ],
      lastModified: latestDate([item.updatedAt, image?.updatedAt, unit?.updatedAt]),
      preview,
    },
  )
}
