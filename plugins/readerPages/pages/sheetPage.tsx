import type { Payload } from 'payload'

import { sheetThemes } from '../../../src/lib/vocabularies'
import type { Service, Sheet } from '../../../payload-types'
import { documentTag, latestDate } from '../../../src/edge/contract'
import { readerUrl } from '../../../src/lib/readerUrls'
import { serviceName } from '../../../src/lib/serviceName'
import { richTextHtml } from '../../../src/lib/richText'
import { labelOf } from '../../../src/lib/labelOf'
import { englishTexts, inEnglish, langAttribute, textLang } from '../../../src/lib/textLanguages'
import { labels, readableDate } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import { sheetJsonLd } from '../structuredData'
import { notFoundPage } from './notFoundPage'
import { settingsOf } from '../../../src/lib/settings'
import { defaultLang, languages, type Lang } from '../../../src/lib/language'

const published = <T extends { _status?: string | null }>(items: (number | T)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null && item._status === 'published')

/** A practical sheet as readers read it: body, last significant update, sources, related services and sheets. */
export async function sheetPage(payload: Payload, lang: Lang, slug: string, reading: Reading = publicReading): Promise<Response> {
  const { origin } = settingsOf(payload)
  const preview = reading.mode === 'preview'
  const { docs } = await payload.find({
    collection: 'sheets',
    where: preview ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 1,
    locale: lang,
    fallbackLocale: 'fr',
    ...readAs(reading),
  })
  const sheet = docs[0] as Sheet | undefined
  if (!sheet?.slug) return notFoundPage(lang, readerUrl(origin, 'sheet', slug, lang), 404, preview)
  const t = labels[lang]
  const services = published<Service>(sheet.relatedServices)
  const sheets = published<Sheet>(sheet.relatedSheets)
  const draft = preview
  const [sheetTexts, serviceTexts] = await Promise.all([
    englishTexts(payload, {
      collection: 'sheets',
      ids: [sheet.id, ...sheets.map((s) => s.id)],
      select: { title: true, summary: true, body: true },
      draft,
    }),
    englishTexts(payload, { collection: 'services', ids: services.map((s) => s.id), select: { name: true, summary: true }, draft }),
  ])
  // A text's `lang`, where it differs from the page's (French shown in place of a missing translation).
  const sheetLang = (id: string | number, path: string) => langAttribute(textLang(lang, sheetTexts, id, path), lang)
  const serviceLang = (id: string | number, path: string) => langAttribute(textLang(lang, serviceTexts, id, path), lang)
  const translated = inEnglish(sheetTexts, sheet.id, 'title')
  const alternates = { fr: readerUrl(origin, 'sheet', sheet.slug, 'fr'), en: readerUrl(origin, 'sheet', sheet.slug, 'en') }
  // Untranslated, the English page shows the French sheet: the French page is the one to index.
  const canonical = translated ? alternates[lang] : alternates.fr
  const contentLang = textLang(lang, sheetTexts, sheet.id, 'title')
  return renderPage(
    <Layout
      head={{
        lang,
        title: sheet.title ?? '',
        description: sheet.summary,
        canonical,
        alternates,
        translated: translated ? languages : [defaultLang],
        contentLang,
        jsonLd: sheetJsonLd(sheet, canonical, lang, {
          textLang: contentLang,
          related: [
            ...services.map((s) => readerUrl(origin, 'service', s.slug ?? '', lang)),
            ...sheets.map((s) => readerUrl(origin, 'sheet', s.slug ?? '', lang)),
          ],
        }),
        preview,
        widgets: [{ widget: 'sheet', query: { slug: sheet.slug } }],
      }}
    >
      <article>
        <h1 lang={sheetLang(sheet.id, 'title')}>{sheet.title}</h1>
        <p className="meta">
          {t.updated}
          {t.colon} <time dateTime={sheet.lastSignificantUpdate}>{readableDate(sheet.lastSignificantUpdate, lang)}</time>
          {sheet.themes.length ? ` · ${t.themes}${t.colon} ${sheet.themes.map((theme) => labelOf(sheetThemes, theme, lang)).join(', ')}` : ''}
        </p>
        {sheet.summary ? (
          <p className="lead" lang={sheetLang(sheet.id, 'summary')}>
            {sheet.summary}
          </p>
        ) : null}
        <div lang={sheetLang(sheet.id, 'body')} dangerouslySetInnerHTML={{ __html: richTextHtml(sheet.body) }} />
        {services.length ? (
          <section>
            <h2>{t.relatedServices}</h2>
            {services.map((service) => (
              <div className="card" key={service.id}>
                <h3 lang={serviceLang(service.id, 'name')}>
                  <a href={readerUrl(origin, 'service', service.slug ?? '', lang)}>{serviceName(service)}</a>
                </h3>
                <p lang={serviceLang(service.id, 'summary')}>{service.summary}</p>
              </div>
            ))}
          </section>
        ) : null}
        {sheets.length ? (
          <section>
            <h2>{t.relatedSheets}</h2>
            <ul>
              {sheets.map((other) => (
                <li key={other.id} lang={sheetLang(other.id, 'title')}>
                  <a href={readerUrl(origin, 'sheet', other.slug ?? '', lang)}>{other.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {sheet.sources?.length ? (
          <section>
            <h2>{t.sources}</h2>
            <ul>
              {sheet.sources.map((source) => (
                // Official sources are French documents, their titles written as they are.
                <li key={source.url} lang={langAttribute('fr', lang)}>
                  <a href={source.url}>{source.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </Layout>,
    {
      // Every related document, published or not: publishing one changes this page.
      tags: [
        documentTag('sheets', sheet.id),
        ...(sheet.relatedServices ?? []).map((s) => documentTag('services', typeof s === 'object' ? s.id : s)),
        ...(sheet.relatedSheets ?? []).map((s) => documentTag('sheets', typeof s === 'object' ? s.id : s)),
      ],
      lastModified: latestDate([sheet.updatedAt, ...services.map((s) => s.updatedAt), ...sheets.map((s) => s.updatedAt)]),
      preview,
    },
  )
}
