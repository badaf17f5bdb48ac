import type {
  GovernmentOffice,
  GovernmentOrganization,
  GovernmentService,
  NewsArticle,
  OpeningHoursSpecification,
  Place,
  PoliceStation,
  ServiceChannel,
  WebPage,
  WithContext,
} from 'schema-dts'

import type { News, Service, Sheet, Unit } from '../../payload-types'
import { type DayHours, ordinaryWeek, publicHolidaysAhead } from '../../src/lib/hours'
import { labelOf } from '../../src/lib/labelOf'
import type { PublicImage } from '../../src/lib/publicMedia'
import type { Lang } from '../../src/lib/language'
import { findDepartment } from '../../src/lib/territories'
import {
  channelKinds,
  newsCategories,
  serviceAudiences,
  serviceCategories,
  serviceOperators,
  sheetThemes,
  unitForces,
} from '../../src/lib/vocabularies'

/*
 * Structured data (schema.org in JSON-LD) of the reader pages: what search engines, maps and
 * assistants read. Typed with schema-dts (Google's schema.org typings); test/structured-data.test.ts
 * checks every type and property against schema.org's definitions.
 */

export type JsonLd = WithContext<GovernmentService | NewsArticle | PoliceStation | GovernmentOffice | Place | WebPage>

/** The ministry, at the hub's home page (the origin of the page that names it). */
const ministry = (lang: Lang, pageUrl: string): GovernmentOrganization => ({
  '@type': 'GovernmentOrganization',
  name: lang === 'fr' ? 'Ministère de l’Intérieur' : 'French Ministry of the Interior',
  url: new URL('/', pageUrl).toString(),
})

const schemaDays = { Mo: 'Monday', Tu: 'Tuesday', We: 'Wednesday', Th: 'Thursday', Fr: 'Friday', Sa: 'Saturday', Su: 'Sunday' } as const

// schema.org: open until midnight is written 23:59 (and round the clock 00:00 to 23:59).
const closing = (to: string) => (to === '24:00' ? '23:59' : to)

/** The ordinary week as schema.org states hours: one specification per set of days sharing the same range. */
function weekSpecifications(week: DayHours[]): OpeningHoursSpecification[] {
  const byRange = new Map<string, { opens: string; closes: string; days: (typeof schemaDays)[keyof typeof schemaDays][] }>()
  for (const day of week) {
    for (const range of day.ranges) {
      const key = `${range.from}-${range.to}`
      const entry = byRange.get(key) ?? { opens: range.from, closes: closing(range.to), days: [] }
      entry.days.push(schemaDays[day.weekday])
      byRange.set(key, entry)
    }
  }
  return [...byRange.values()].map(({ opens, closes, days }) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens, closes }))
}

/** Public holidays ahead whose hours differ from their weekday's, each valid that day only. */
function holidaySpecifications(holidays: DayHours[], week: DayHours[]): OpeningHoursSpecification[] {
  const same = (a: DayHours, b: DayHours | undefined) => JSON.stringify(a.ranges) === JSON.stringify(b?.ranges)
  return holidays
    .filter(
      (holiday) =>
        !same(
          holiday,
          week.find((day) => day.weekday === holiday.weekday),
        ),
    )
    .flatMap((holiday): OpeningHoursSpecification[] =>
      holiday.ranges.length
        ? holiday.ranges.map((range) => ({
            '@type': 'OpeningHoursSpecification',
            validFrom: holiday.date,
            validThrough: holiday.date,
            opens: range.from,
            closes: closing(range.to),
          }))
        : // Closed all day: schema.org's way is 00:00 to 00:00 on that date.
          [{ '@type': 'OpeningHoursSpecification', validFrom: holiday.date, validThrough: holiday.date, opens: '00:00', closes: '00:00' }],
    )
}

/** A French number in international form (+33…), as structured data expects; other numbers as written. */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  if (/^0\d{9}$/.test(digits)) return `+33${digits.slice(1)}`
  if (/^\+\d{6,15}$/.test(digits)) return digits
  return phone.trim()
}

/**
 * A unit: a police station for the police and the gendarmerie's brigades, a government office for
 * other public offices (victim support), a place for a local association (not an administration).
 */
export function unitJsonLd(unit: Unit, url: string, lang: Lang, at: Date): JsonLd {
  const week = ordinaryWeek(unit.openingHours, at)
  const holidays = publicHolidaysAhead(unit.openingHours, at)
  const { latitude, longitude } = unit.location ?? {}
  const place = {
    '@id': `${url}#unit`,
    name: unit.name ?? '',
    url,
    address: {
      '@type': 'PostalAddress' as const,
      ...(unit.address.street ? { streetAddress: unit.address.street } : {}),
      ...(unit.address.postcode ? { postalCode: unit.address.postcode } : {}),
      addressLocality: unit.address.commune,
      ...(unit.address.department ? { addressRegion: findDepartment(unit.address.department)?.name ?? unit.address.department } : {}),
      addressCountry: 'FR',
    },
    ...(typeof latitude === 'number' && typeof longitude === 'number' ? { geo: { '@type': 'GeoCoordinates' as const, latitude, longitude } } : {}),
    ...(unit.phone ? { telephone: internationalPhone(unit.phone) } : {}),
    ...(week ? { openingHoursSpecification: weekSpecifications(week) } : {}),
    ...(week && holidays?.length ? { specialOpeningHoursSpecification: holidaySpecifications(holidays, week) } : {}),
  }
  const organization = {
    ...(unit.email ? { email: unit.email } : {}),
    ...(unit.website ? { sameAs: unit.website } : {}),
    ...(unit.force !== 'none'
      ? {
          parentOrganization: {
            '@type': 'GovernmentOrganization',
            name: labelOf(unitForces, unit.force, lang) ?? unit.force,
          } as GovernmentOrganization,
        }
      : {}),
  }
  if (unit.kind === 'police-station' || unit.kind === 'gendarmerie-brigade')
    return { '@context': 'https://schema.org', '@type': 'PoliceStation', ...place, ...organization }
  if (unit.kind === 'association') return { '@context': 'https://schema.org', '@type': 'Place', ...place }
  return { '@context': 'https://schema.org', '@type': 'GovernmentOffice', ...place, ...organization }
}

/** How a service's channel is reached: a page, a number to call or text. */
function serviceChannel(channel: NonNullable<Service['channels']>[number], languages: string[], lang: Lang): ServiceChannel {
  const target = channel.target?.trim() ?? ''
  return {
    '@type': 'ServiceChannel',
    name: labelOf(channelKinds, channel.kind, lang) ?? channel.kind,
    ...(/^https?:\/\//.test(target) ? { serviceUrl: target } : {}),
    ...((channel.kind === 'phone' || channel.kind === 'sms') && target
      ? { servicePhone: { '@type': 'ContactPoint', telephone: internationalPhone(target) } }
      : {}),
    ...(languages.length ? { availableLanguage: languages } : {}),
  }
}

export function serviceJsonLd(service: Service, url: string, lang: Lang, successorUrl: string | null): JsonLd {
  const audiences = (service.audiences ?? [])
    .map((value) => labelOf(serviceAudiences, value, lang))
    .filter((label): label is string => Boolean(label))
  const departments = service.coverage.scope === 'departments' ? (service.coverage.departments ?? []) : []
  const operator: GovernmentOrganization = {
    '@type': 'GovernmentOrganization',
    name: labelOf(serviceOperators, service.operator, lang) ?? service.operator,
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${url}#service`,
    name: service.name ?? '',
    ...(service.acronym ? { alternateName: service.acronym } : {}),
    ...(service.summary ? { description: service.summary } : {}),
    url,
    serviceType: labelOf(serviceCategories, service.category, lang) ?? service.category,
    provider: operator,
    serviceOperator: operator,
    areaServed: departments.length
      ? departments.map((code) => ({ '@type': 'AdministrativeArea', name: findDepartment(code)?.name ?? code, identifier: code }))
      : { '@type': 'Country', name: 'France', identifier: 'FR' },
    ...(audiences.length ? { audience: { '@type': 'Audience', audienceType: audiences.join(', ') } } : {}),
    ...(service.channels?.length
      ? { availableChannel: service.channels.map((channel) => serviceChannel(channel, service.languages ?? [], lang)) }
      : {}),
    ...(successorUrl ? { isRelatedTo: { '@type': 'GovernmentService', url: successorUrl } } : {}),
  }
}

export function newsJsonLd(
  item: News,
  url: string,
  lang: Lang,
  { image, textLang, unit }: { image: PublicImage | null; textLang: Lang; unit: { name: string; url: string } | null },
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: item.title ?? '',
    ...(item.summary ? { description: item.summary } : {}),
    url,
    mainEntityOfPage: url,
    inLanguage: textLang,
    datePublished: item.publishedAt ?? item.createdAt,
    dateModified: item.updatedAt,
    ...(item.expiresAt ? { expires: item.expiresAt } : {}),
    articleSection: labelOf(newsCategories, item.category, lang) ?? item.category,
    ...(image
      ? {
          image: { '@type': 'ImageObject', url: image.url, contentUrl: image.url, ...(image.alt ? { caption: image.alt } : {}) },
        }
      : {}),
    author: unit ? { '@type': 'GovernmentOrganization', name: unit.name, url: unit.url } : ministry(lang, url),
    publisher: ministry(lang, url),
    isAccessibleForFree: true,
  }
}

export function sheetJsonLd(sheet: Sheet, url: string, lang: Lang, { textLang, related }: { textLang: Lang; related: string[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': `${url}#page`,
    name: sheet.title ?? '',
    ...(sheet.summary ? { description: sheet.summary } : {}),
    url,
    inLanguage: textLang,
    dateModified: sheet.lastSignificantUpdate,
    // A day (schema.org Date): the day editors last checked the substance.
    lastReviewed: sheet.lastSignificantUpdate.slice(0, 10),
    ...(sheet.themes.length ? { keywords: sheet.themes.map((theme) => labelOf(sheetThemes, theme, lang) ?? theme).join(', ') } : {}),
    ...(sheet.sources?.length
      ? { isBasedOn: sheet.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url })) }
      : {}),
    ...(related.length ? { significantLink: related } : {}),
    publisher: ministry(lang, url),
    isAccessibleForFree: true,
  }
}

/**
 * The JSON-LD as an inline script's text: `<` escaped so that no text (`</script>`) can end the
 * element, whatever an editor typed.
 */
export const jsonLdText = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c')
