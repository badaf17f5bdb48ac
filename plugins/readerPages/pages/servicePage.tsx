import type { Payload } from 'payload'

import { channelAvailabilities, channelKinds, serviceAudiences, serviceCategories, serviceOperators } from '../../../src/lib/vocabularies'
import type { Service } from '../../../payload-types'
import { documentTag, latestDate } from '../../../src/edge/contract'
import { readerUrl } from '../../../src/lib/readerUrls'
import { serviceName } from '../../../src/lib/serviceName'
import { richTextHtml } from '../../../src/lib/richText'
import { findDepartment } from '../../../src/lib/territories'
import { labelOf } from '../../../src/lib/labelOf'
import { englishTexts, inEnglish, langAttribute, textLang } from '../../../src/lib/textLanguages'
import { labels } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import { serviceJsonLd } from '../structuredData'
import { notFoundPage } from './notFoundPage'
import { settingsOf } from '../../../src/lib/settings'
import { defaultLang, languages, type Lang } from '../../../src/lib/language'

type Channel = NonNullable<Service['channels']>[number]

/** How to reach a channel: a link for the web, a number to call for a phone, as written otherwise. */
function ChannelTarget({ channel }: { channel: Channel }) {
  const target = channel.target?.trim()
  if (!target) return null
  if (/^https?:\/\//.test(target)) return <a href={target}>{target.replace(/^https?:\/\//, '')}</a>
  if (channel.kind === 'phone' || channel.kind === 'sms') {
    return (
      <a href={`${channel.kind === 'sms' ? 'sms' : 'tel'}:${target.replace(/[^\d+]/g, '')}`}>
        <strong>{target}</strong>
      </a>
    )
  }
  return <span>{target}</span>
}

/** An online service: what it covers and not, its channels, who it is for, the way to the official service. */
export async function servicePage(payload: Payload, lang: Lang, slug: string, reading: Reading = publicReading): Promise<Response> {
  const { origin } = settingsOf(payload)
  const preview = reading.mode === 'preview'
  const { docs } = await payload.find({
    collection: 'services',
    where: preview ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 1,
    locale: lang,
    fallbackLocale: 'fr',
    ...readAs(reading),
  })
  const service = docs[0] as Service | undefined
  if (!service?.slug) return notFoundPage(lang, readerUrl(origin, 'service', slug, lang), 404, preview)
  const t = labels[lang]
  const successor =
    service.status === 'replaced' && typeof service.replacedBy === 'object' && service.replacedBy?._status === 'published' ? service.replacedBy : null
  const title = serviceName(service)
  const audiences = (service.audiences ?? []).filter((a) => a !== 'everyone').map((a) => labelOf(serviceAudiences, a, lang))
  const texts = await englishTexts(payload, {
    collection: 'services',
    ids: [service.id, ...(successor ? [successor.id] : [])],
    select: { name: true, summary: true, description: true, audience: true, covers: true, excludes: true, channels: { note: true } },
    draft: preview,
  })
  // A text's `lang`, where it differs from the page's (French shown in place of a missing translation).
  const textAttribute = (id: string | number, path: string) => langAttribute(textLang(lang, texts, id, path), lang)
  const translated = inEnglish(texts, service.id, 'name')
  const alternates = { fr: readerUrl(origin, 'service', service.slug, 'fr'), en: readerUrl(origin, 'service', service.slug, 'en') }
  // Untranslated, the English page shows the French service: the French page is the one to index.
  const canonical = translated ? alternates[lang] : alternates.fr
  return renderPage(
    <Layout
      head={{
        lang,
        title,
        description: service.summary,
        canonical,
        alternates,
        translated: translated ? languages : [defaultLang],
        contentLang: textLang(lang, texts, service.id, 'name'),
        jsonLd: serviceJsonLd(service, canonical, lang, successor?.slug ? readerUrl(origin, 'service', successor.slug, lang) : null),
        preview,
        widgets: [
          {
            widget: 'services',
            query:
              service.coverage.scope === 'departments' && service.coverage.departments?.length ? { department: service.coverage.departments[0] } : {},
          },
        ],
      }}
    >
      <article>
        <p className="meta">{labelOf(serviceCategories, service.category, lang)}</p>
        <h1 lang={textAttribute(service.id, 'name')}>{title}</h1>
        {successor?.slug ? (
          <p className="notice">
            {t.replaced}{' '}
            <a href={readerUrl(origin, 'service', successor.slug, lang)} lang={textAttribute(successor.id, 'name')}>
              {successor.name}
            </a>
            .
          </p>
        ) : null}
        {service.status === 'planned' ? <p className="notice">{t.planned}</p> : null}
        {service.summary ? (
          <p className="lead" lang={textAttribute(service.id, 'summary')}>
            {service.summary}
          </p>
        ) : null}
        {service.status !== 'replaced' ? (
          <p>
            <a className="button" href={service.url}>
              {t.open}
            </a>
          </p>
        ) : null}
        <div lang={textAttribute(service.id, 'description')} dangerouslySetInnerHTML={{ __html: richTextHtml(service.description) }} />
        {service.covers ? (
          <>
            <h2>{t.covers}</h2>
            <p lang={textAttribute(service.id, 'covers')}>{service.covers}</p>
          </>
        ) : null}
        {service.excludes ? (
          <>
            <h2>{t.excludes}</h2>
            <p lang={textAttribute(service.id, 'excludes')}>{service.excludes}</p>
          </>
        ) : null}
        {service.audience || audiences.length ? (
          <>
            <h2>{t.forWhom}</h2>
            {service.audience ? <p lang={textAttribute(service.id, 'audience')}>{service.audience}</p> : null}
            {audiences.length ? <p className="meta">{audiences.join(' · ')}</p> : null}
          </>
        ) : null}
        {service.channels?.length ? (
          <>
            <h2>{t.channels}</h2>
            {service.channels.map((channel, index) => (
              <div className="card" key={channel.id ?? `${channel.kind}-${channel.target}`}>
                <h3>{labelOf(channelKinds, channel.kind, lang)}</h3>
                <p>
                  <ChannelTarget channel={channel} /> {labelOf(channelAvailabilities, channel.availability, lang)}
                  {channel.hours ? ` (${channel.hours})` : ''}
                </p>
                {channel.note ? (
                  <p className="meta" lang={textAttribute(service.id, `channels.${index}.note`)}>
                    {channel.note}
                  </p>
                ) : null}
              </div>
            ))}
          </>
        ) : null}
        <h2>{t.coverage}</h2>
        <p>
          {service.coverage.scope === 'national'
            ? t.national
            : `${t.coverageDepartments}${t.colon} ${(service.coverage.departments ?? []).map((code) => `${findDepartment(code)?.name ?? code} (${code})`).join(', ')}`}
          {' · '}
          {t.operator}
          {t.colon} {labelOf(serviceOperators, service.operator, lang)}
        </p>
        {service.sources?.length ? (
          <section>
            <h2>{t.sources}</h2>
            <ul>
              {service.sources.map((source) => (
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
      tags: [
        documentTag('services', service.id),
        ...(service.replacedBy ? [documentTag('services', typeof service.replacedBy === 'object' ? service.replacedBy.id : service.replacedBy)] : []),
      ],
      lastModified: latestDate([service.updatedAt, successor?.updatedAt]),
      preview,
    },
  )
}
