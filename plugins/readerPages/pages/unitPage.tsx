import type { Payload } from 'payload'

import { unitKinds } from '../../../src/lib/vocabularies'
import type { Service, Unit } from '../../../payload-types'
import { documentTag, latestDate } from '../../../src/edge/contract'
import { hoursState, nextFrenchMidnight, weekTable } from '../../../src/lib/hours'
import { readerUrl } from '../../../src/lib/readerUrls'
import { serviceName } from '../../../src/lib/serviceName'
import { labelOf } from '../../../src/lib/labelOf'
import { englishTexts, langAttribute, textLang } from '../../../src/lib/textLanguages'
import { labels } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'
import { HoursTable, OpenBadge } from './HoursTable'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import { unitJsonLd } from '../structuredData'
import { notFoundPage } from './notFoundPage'
import { settingsOf } from '../../../src/lib/settings'
import { type Lang } from '../../../src/lib/language'
import { readablePhone } from '../../../src/lib/phoneNumber'

/**
 * A unit: address, phone, this week's hours and whether it is open now in French time, its
 * services. Units have no drafts: an editor's preview shows the saved unit, even a closed one.
 */
export async function unitPage(payload: Payload, lang: Lang, id: string, reading: Reading = publicReading, at: Date = new Date()): Promise<Response> {
  const { origin } = settingsOf(payload)
  const preview = reading.mode === 'preview'
  if (!/^[\w-]{1,64}$/.test(id)) return notFoundPage(lang, readerUrl(origin, 'unit', id, lang), 404, preview)
  const { docs } = await payload.find({
    collection: 'units',
    where: preview ? { id: { equals: id } } : { and: [{ id: { equals: id } }, { status: { equals: 'active' } }] },
    limit: 1,
    depth: 1,
    locale: lang,
    fallbackLocale: 'fr',
    ...readAs(reading),
  })
  const unit = docs[0] as Unit | undefined
  if (!unit) return notFoundPage(lang, readerUrl(origin, 'unit', id, lang), 404, preview)
  const t = labels[lang]
  const state = hoursState(unit.openingHours, at)
  const week = weekTable(unit.openingHours, at)
  const services = (unit.services ?? []).filter((s): s is Service => typeof s === 'object' && s !== null && s._status === 'published')
  const address = [unit.address.street, [unit.address.postcode, unit.address.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const freshUntil = new Date(Math.min(nextFrenchMidnight(at).getTime(), state.nextChange ? Date.parse(state.nextChange) : Infinity))
  const [unitTexts, serviceTexts] = await Promise.all([
    englishTexts(payload, { collection: 'units', ids: lang === 'en' ? [unit.id] : [], select: { name: true } }),
    englishTexts(payload, { collection: 'services', ids: lang === 'en' ? services.map((s) => s.id) : [], select: { name: true } }),
  ])
  // A unit's page is in both languages whatever its name (a proper name, often left in French).
  const nameLang = textLang(lang, unitTexts, unit.id, 'name')
  const canonical = readerUrl(origin, 'unit', unit.id, lang)
  return renderPage(
    <Layout
      head={{
        lang,
        title: unit.name ?? '',
        description: `${labelOf(unitKinds, unit.kind, lang)} · ${address}`,
        canonical,
        alternates: { fr: readerUrl(origin, 'unit', unit.id, 'fr'), en: readerUrl(origin, 'unit', unit.id, 'en') },
        titleLang: nameLang,
        jsonLd: unitJsonLd(unit, canonical, lang, at),
        type: 'website',
        preview,
        // Units have no drafts: the widget shows the saved unit, if active, among those serving its commune.
        widgets: [{ widget: 'units', query: { commune: unit.address.inseeCode } }],
      }}
    >
      <p className="meta">{labelOf(unitKinds, unit.kind, lang)}</p>
      <h1 lang={langAttribute(nameLang, lang)}>{unit.name}</h1>
      <p>
        <OpenBadge openNow={state.openNow} lang={lang} />
      </p>
      <dl>
        <dt>{t.address}</dt>
        <dd>
          {address} (<a href={readerUrl(origin, 'commune', unit.address.inseeCode, lang)}>{unit.address.commune}</a>)
        </dd>
        {unit.phone ? (
          <>
            <dt>{t.phone}</dt>
            <dd>
              <a href={`tel:${unit.phone.replace(/[^\d+]/g, '')}`}>
                <strong>{readablePhone(unit.phone, lang)}</strong>
              </a>
            </dd>
          </>
        ) : null}
        {unit.email ? (
          <>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${unit.email}`}>{unit.email}</a>
            </dd>
          </>
        ) : null}
        {unit.website ? (
          <>
            <dt>{t.website}</dt>
            <dd>
              <a href={unit.website}>{unit.website.replace(/^https?:\/\//, '')}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {week ? <HoursTable week={week} lang={lang} /> : <p>{t.hoursUnknown}</p>}
      {services.length ? (
        <section>
          <h2>{t.servicesHere}</h2>
          <ul>
            {services.map((service) => (
              <li key={service.id} lang={langAttribute(textLang(lang, serviceTexts, service.id, 'name'), lang)}>
                <a href={readerUrl(origin, 'service', service.slug ?? '', lang)}>{serviceName(service)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="notice">{t.emergency}</p>
    </Layout>,
    {
      tags: [documentTag('units', unit.id), ...(unit.services ?? []).map((s) => documentTag('services', typeof s === 'object' ? s.id : s))],
      lastModified: latestDate([unit.updatedAt, ...services.map((s) => s.updatedAt)]),
      freshUntil,
      preview,
    },
  )
}
