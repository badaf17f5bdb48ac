import type { Payload } from 'payload'

import { newsCategories } from '../../../src/lib/vocabularies'
import type { News } from '../../../payload-types'
import { visibleNewsWhere } from '../../../src/access/publicReads'
import { documentTag, latestDate } from '../../../src/edge/contract'
import { publicImage } from '../../../src/lib/publicMedia'
import { readerUrl } from '../../../src/lib/readerUrls'
import { richTextHtml } from '../../../src/lib/richText'
import { findCommune, findDepartment } from '../../../src/lib/territories'
import { labelOf } from '../../../src/lib/labelOf'
import { englishTexts, inEnglish, langAttribute, textLang } from '../../../src/lib/textLanguages'
import { labels, readableDate } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import { newsJsonLd } from '../structuredData'
import { notFoundPage } from './notFoundPage'
import { settingsOf } from '../../../src/lib/settings'
import { defaultLang, languages, type Lang } from '../../../src/lib/language'

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
  const image = typeof item.image === 'object' && item.image ? item.image : null
  // Images at their public address (/media/), which robots.txt lets link previews and image search fetch.
  const share = publicImage(origin, image, 'share')
  const card = publicImage(origin, image, 'card')
  const unit = typeof item.unit === 'object' && item.unit?.status === 'active' ? item.unit : null
  const [texts, unitTexts, imageTexts] = await Promise.all([
    englishTexts(payload, { collection: 'news', ids: [item.id], select: { title: true, summary: true, body: true }, draft: preview }),
    englishTexts(payload, { collection: 'units', ids: unit ? [unit.id] : [], select: { name: true } }),
    englishTexts(payload, { collection: 'media', ids: image ? [image.id] : [], select: { alt: true } }),
  ])
  const textAttribute = (path: string) => langAttribute(textLang(lang, texts, item.id, path), lang)
  const translated = inEnglish(texts, item.id, 'title')
  const alternates = { fr: readerUrl(origin, 'news', item.slug, 'fr'), en: readerUrl(origin, 'news', item.slug, 'en') }
  // Untranslated, the English page shows the French item: the French page is the one to index.
  const canonical = translated ? alternates[lang] : alternates.fr
  const contentLang = textLang(lang, texts, item.id, 'title')
  return renderPage(
    <Layout
      head={{
        lang,
        title: item.title ?? '',
        description: item.summary,
        canonical,
        alternates,
        translated: translated ? languages : [defaultLang],
        contentLang,
        jsonLd: newsJsonLd(item, canonical, lang, {
          image: share,
          textLang: contentLang,
          unit: unit ? { name: unit.name ?? '', url: readerUrl(origin, 'unit', unit.id, lang) } : null,
        }),
        preview,
        widgets: [{ widget: 'news', query: newsWidgetTerritory(item.scope) }],
        image: share,
      }}
    >
      <article>
        <p className="meta">{labelOf(newsCategories, item.category, lang)}</p>
        <h1 lang={textAttribute('title')}>{item.title}</h1>
        <p className="meta">
          {/* A draft's preview tells the truth: no publication date until readers have seen it. */}
          {item.publishedAt ? (
            <>
              {t.published} <time dateTime={item.publishedAt}>{readableDate(item.publishedAt, lang)}</time>
            </>
          ) : (
            t.neverPublished
          )}
          {item.expiresAt ? (
            <>
              {' · '}
              {t.expires} <time dateTime={item.expiresAt}>{readableDate(item.expiresAt, lang)}</time>
            </>
          ) : null}
          {' · '}
          {t.scope}
          {t.colon} {scopeText(item.scope, lang)}
        </p>
        {item.summary ? (
          <p className="lead" lang={textAttribute('summary')}>
            {item.summary}
          </p>
        ) : null}
        {card && image ? (
          <img
            src={card.url}
            alt={card.alt}
            lang={langAttribute(textLang(lang, imageTexts, image.id, 'alt'), lang)}
            width={card.width ?? undefined}
            height={card.height ?? undefined}
          />
        ) : null}
        <div lang={textAttribute('body')} dangerouslySetInnerHTML={{ __html: richTextHtml(item.body) }} />
        {unit ? (
          <p>
            {t.issuingUnit}
            {t.colon}{' '}
            <a href={readerUrl(origin, 'unit', unit.id, lang)} lang={langAttribute(textLang(lang, unitTexts, unit.id, 'name'), lang)}>
              {unit.name}
            </a>
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
