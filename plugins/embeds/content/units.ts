import type { PayloadRequest } from 'payload'

import { unitKinds } from '../../../src/lib/vocabularies'
import { collectionTag } from '../../../src/edge/contract'
import { nextFrenchMidnight, weekTable } from '../../../src/lib/hours'
import { rangeText } from '../../../src/lib/hoursSummary'
import { unitsForCommune, unitsNear } from '../../../src/lib/unitSearch'
import { readerUrl } from '../../../src/lib/readerUrls'
import type { WidgetQuery } from '../contract'
import { labelOf } from '../../../src/lib/labelOf'
import { settingsOf } from '../../../src/lib/settings'

/**
 * The units serving a commune (competent first, then in the commune, then nearest) or the
 * nearest to the reader's position, with open-now, today's hours and the week in French time.
 */
export async function unitsData(req: PayloadRequest, query: WidgetQuery<'units'>, at: Date = new Date()) {
  const { origin } = settingsOf(req.payload)
  const matches =
    query.lat !== undefined && query.lng !== undefined
      ? await unitsNear(req.payload, { lat: query.lat, lng: query.lng, limit: query.limit, locale: query.lang, at })
      : await unitsForCommune(req.payload, { insee: query.commune!, limit: query.limit, locale: query.lang, at })
  const range = (r: { from: string; to: string }) => rangeText(r, query.lang)
  const data = {
    items: matches.map(({ unit, distanceKm, reason, openNow, nextChange, todayHours }) => ({
      name: unit.name,
      page: readerUrl(origin, 'unit', unit.id, query.lang),
      kind: labelOf(unitKinds, unit.kind, query.lang),
      reason,
      address: [unit.address?.street, [unit.address?.postcode, unit.address?.commune].filter(Boolean).join(' ')].filter(Boolean).join(', '),
      /** The postcode and commune alone: a list shows where each unit is in one line, its details the whole address. */
      town: [unit.address?.postcode, unit.address?.commune].filter(Boolean).join(' '),
      phone: unit.phone ?? null,
      website: unit.website ?? null,
      distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
      openNow,
      nextChange,
      todayHours: todayHours?.map(range) ?? null,
      week: weekTable(unit.openingHours, at)?.map((day) => ({ date: day.date, hours: day.ranges.map(range) })) ?? [],
    })),
    seeAll: query.commune ? readerUrl(origin, 'commune', query.commune, query.lang) : null,
  }
  // Open-now and today's hours change with the clock too: the answer is fresh until the next
  // opening or closing among these units, or midnight in France.
  const changes = matches.map((match) => (match.nextChange ? Date.parse(match.nextChange) : Infinity))
  const freshUntil = new Date(Math.min(nextFrenchMidnight(at).getTime(), ...changes))
  return { data, tags: [collectionTag('units'), collectionTag('unit-competences')], freshUntil }
}
