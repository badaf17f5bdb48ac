import type { Payload } from 'payload'

import { serviceCategories } from '../../../src/lib/vocabularies'
import { collectionTag, latestDate, territoryTags } from '../../../src/edge/contract'
import { nextFrenchMidnight } from '../../../src/lib/hours'
import { readerUrl } from '../../../src/lib/readerUrls'
import { serviceName } from '../../../src/lib/serviceName'
import { findCommune, findDepartment } from '../../../src/lib/territories'
import { servicesAvailableIn } from '../../../src/lib/territoryWhere'
import { newsVisibleInTerritory } from '../../../src/lib/territoryNews'
import { unitsForCommune } from '../../../src/lib/unitSearch'
import { labelOf } from '../../../src/lib/labelOf'
import { englishTexts, langAttribute, textLang } from '../../../src/lib/textLanguages'
import { labels, readableDate } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'
import { OpenBadge } from './HoursTable'
import { notFoundPage } from './notFoundPage'
import { settingsOf } from '../../../src/lib/settings'
import { type Lang } from '../../../src/lib/language'
import { rangeText } from '../../../src/lib/hoursSummary'
import { readablePhone } from '../../../src/lib/phoneNumber'

/** What a mayor links to: the services available in the commune, the units serving it, its news. */
export async function communePage(payload: Payload, lang: Lang, insee: string, at: Date = new Date()): Promise<Response> {
  const { origin } = settingsOf(payload)
  const commune = /^\w{5}$/.test(insee) ? findCommune(insee) : undefined
  if (!commune) return notFoundPage(lang, readerUrl(origin, 'commune', insee, lang))
  const t = labels[lang]
  const department = findDepartment(commune.department)
  const common = { locale: lang, fallbackLocale: 'fr' as const, overrideAccess: false, depth: 0 }
  const [services, units, news] = await Promise.all([
    payload.find({
      collection: 'services',
      where: { and: [servicesAvailableIn(commune.department), { _status: { equals: 'published' } }] },
      sort: 'name',
      limit: 100,
      pagination: false,
      ...common,
    }),
    unitsForCommune(payload, { insee: commune.code, limit: 5, locale: lang, at }),
    newsVisibleInTerritory(payload, { commune: commune.code }, { limit: 10, depth: 0, locale: lang, fallbackLocale: 'fr', now: at }),
  ])
  const byCategory = serviceCategories
    .map((category) => ({ category, items: services.docs.filter((s) => s.category === category.value) }))
    .filter((group) => group.items.length)
  const changes = units.map((match) => (match.nextChange ? Date.parse(match.nextChange) : Infinity))
  const english = (collection: 'units' | 'news' | 'services', ids: (string | number)[], select: Record<string, true>) =>
    englishTexts(payload, { collection, ids: lang === 'en' ? ids : [], select })
  const [unitTexts, newsTexts, serviceTexts] = await Promise.all([
    english(
      'units',
      units.map((match) => match.unit.id),
      { name: true },
    ),
    english(
      'news',
      news.map((item) => item.id),
      { title: true, summary: true },
    ),
    english(
      'services',
      services.docs.map((service) => service.id),
      { name: true, summary: true },
    ),
  ])
  // A text's `lang`, where it differs from the page's (French shown in place of a missing translation).
  const unitLang = (id: string | number) => langAttribute(textLang(lang, unitTexts, id, 'name'), lang)
  const newsLang = (id: string | number, path: string) => langAttribute(textLang(lang, newsTexts, id, path), lang)
  const serviceLang = (id: string | number, path: string) => langAttribute(textLang(lang, serviceTexts, id, path), lang)
  return renderPage(
    <Layout
      head={{
        lang,
        title: t.inCommune(commune.name),
        description: `${commune.name} (${commune.postcodes.join(', ')}) · ${department?.name ?? commune.department}`,
        canonical: readerUrl(origin, 'commune', commune.code, lang),
        alternates: { fr: readerUrl(origin, 'commune', commune.code, 'fr'), en: readerUrl(origin, 'commune', commune.code, 'en') },
        type: 'website',
      }}
    >
      <h1>{t.inCommune(commune.name)}</h1>
      <p className="meta">
        {t.department}
        {t.colon} {department?.name ?? commune.department} ({commune.department})
      </p>
      <p className="notice">{t.emergency}</p>
      <section>
        <h2>{t.communeUnits}</h2>
        {units.map(({ unit, distanceKm, openNow, todayHours }) => (
          <div className="card" key={unit.id}>
            <h3 lang={unitLang(unit.id)}>
              <a href={readerUrl(origin, 'unit', unit.id, lang)}>{unit.name}</a>
            </h3>
            <p>
              <OpenBadge openNow={openNow} lang={lang} />
              {todayHours?.length ? ` ${todayHours.map((range) => rangeText(range, lang)).join(', ')}` : ''}
              {distanceKm !== null ? ` · ${Math.round(distanceKm * 10) / 10} ${t.km}` : ''}
            </p>
            {unit.phone ? (
              <p>
                {t.phone}
                {t.colon}{' '}
                <a href={`tel:${unit.phone.replace(/[^\d+]/g, '')}`}>
                  <strong>{readablePhone(unit.phone, lang)}</strong>
                </a>
              </p>
            ) : null}
          </div>
        ))}
      </section>
      <section>
        <h2>{t.communeNews}</h2>
        {news.length ? (
          news.map((item) => (
            <div className="card" key={item.id}>
              <h3 lang={newsLang(item.id, 'title')}>
                <a href={readerUrl(origin, 'news', item.slug ?? '', lang)}>{item.title}</a>
              </h3>
              <p className="meta">
                <time dateTime={item.publishedAt ?? item.createdAt}>{readableDate(item.publishedAt ?? item.createdAt, lang)}</time>
              </p>
              {item.summary ? <p lang={newsLang(item.id, 'summary')}>{item.summary}</p> : null}
            </div>
          ))
        ) : (
          <p>{t.noNews}</p>
        )}
      </section>
      <section>
        <h2>{t.communeServices}</h2>
        {byCategory.map(({ category, items }) => (
          <section key={category.value}>
            <h3>{labelOf(serviceCategories, category.value, lang)}</h3>
            <ul>
              {items.map((service) => (
                <li key={service.id}>
                  <a href={readerUrl(origin, 'service', service.slug ?? '', lang)} lang={serviceLang(service.id, 'name')}>
                    {serviceName(service)}
                  </a>
                  {service.summary ? (
                    <>
                      {`${t.colon} `}
                      <span lang={serviceLang(service.id, 'summary')}>{service.summary}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </Layout>,
    {
      tags: [
        collectionTag('services'),
        collectionTag('units'),
        collectionTag('unit-competences'),
        ...territoryTags({ department: commune.department, commune: commune.code }),
      ],
      lastModified: latestDate([...services.docs.map((s) => s.updatedAt), ...news.map((n) => n.updatedAt), ...units.map((u) => u.unit.updatedAt)]),
      freshUntil: new Date(Math.min(nextFrenchMidnight(at).getTime(), ...changes)),
    },
  )
}
