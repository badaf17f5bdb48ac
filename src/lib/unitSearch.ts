import { around, distance } from 'geokdbush'
import type { Payload } from 'payload'
import { z } from 'zod'

import { unitForces, unitKinds, valuesOf } from './vocabularies'
import type { Unit } from '../../payload-types'
import { hoursState, isOpenAt, type HoursState } from './hours'
import { nameKey } from './nameKey'
import { findCommune } from './territories'
import { type IndexedUnit, type UnitIndex, unitIndex } from './unitIndex'
import { languages, type Lang } from './language'

export const unitSearchLimits = { defaultLimit: 10, maxLimit: 50, maxRadiusKm: 1000 } as const

export type UnitMatch = HoursState & {
  unit: Unit
  /** Great-circle distance from the position, or for a commune from the centre of its units; null without coordinates. */
  distanceKm: number | null
  /** Why the unit is listed for a commune: competent for it, located in it, or nearby. */
  reason: 'competent' | 'in-commune' | 'nearby'
}

/** A bad argument, named as in the GraphQL query and the widget parameters. */
export class UnitSearchError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`)
    this.name = 'UnitSearchError'
  }
}

const kinds = valuesOf(unitKinds)
const forces = valuesOf(unitForces)
const instant = z.union([z.date(), z.iso.datetime({ offset: true, message: 'an ISO 8601 date-time with its offset expected' })])
const toDate = (value: Date | string | undefined) => (value === undefined ? undefined : new Date(value))

const common = {
  limit: z
    .number({ message: 'a whole number expected' })
    .int('a whole number expected')
    .min(1, 'must be at least 1')
    .max(unitSearchLimits.maxLimit, `must be at most ${unitSearchLimits.maxLimit}`)
    .default(unitSearchLimits.defaultLimit),
  kind: z.enum(kinds, { message: `one of ${kinds.join(', ')} expected` }).optional(),
  force: z.enum(forces, { message: `one of ${forces.join(', ')} expected` }).optional(),
  /** Only units open at this instant; their state is told at that instant. */
  openAt: instant.optional(),
  /** The instant the state is told at when openAt is not given (default: now). */
  at: z.date().optional(),
  locale: z.enum(languages).default('fr'),
}

const communeQuery = z.object({
  insee: z.string({ message: 'an INSEE commune code expected' }).refine((code) => findCommune(code) !== undefined, {
    message: 'unknown INSEE commune code',
  }),
  ...common,
})

const nearQuery = z.object({
  lat: z
    .number({ message: 'a number expected' })
    .min(-90, 'a latitude between -90 and 90 expected')
    .max(90, 'a latitude between -90 and 90 expected'),
  lng: z
    .number({ message: 'a number expected' })
    .min(-180, 'a longitude between -180 and 180 expected')
    .max(180, 'a longitude between -180 and 180 expected'),
  radiusKm: z
    .number({ message: 'a number expected' })
    .positive('must be more than 0')
    .max(unitSearchLimits.maxRadiusKm, `must be at most ${unitSearchLimits.maxRadiusKm}`)
    .optional(),
  ...common,
})

export type UnitsForCommuneQuery = z.input<typeof communeQuery>
export type UnitsNearQuery = z.input<typeof nearQuery>

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new UnitSearchError(String(issue.path[0] ?? 'arguments'), issue.message)
}

type Filter = { kind?: Unit['kind']; force?: Unit['force']; openAt?: Date }
const accepts = (filter: Filter) => (unit: IndexedUnit) =>
  (!filter.kind || unit.kind === filter.kind) &&
  (!filter.force || unit.force === filter.force) &&
  (!filter.openAt || isOpenAt(unit.hours, filter.openAt) === true)

type Picked = { unit: IndexedUnit; distanceKm: number | null; reason: UnitMatch['reason'] }

const km = (from: { lat: number; lng: number } | null, unit: IndexedUnit): number | null =>
  from && unit.lat !== null && unit.lng !== null ? distance(from.lng, from.lat, unit.lng, unit.lat) : null

function centre(units: IndexedUnit[]): { lat: number; lng: number } | null {
  const located = units.filter((unit) => unit.lat !== null && unit.lng !== null)
  if (!located.length) return null
  return {
    lat: located.reduce((sum, unit) => sum + unit.lat!, 0) / located.length,
    lng: located.reduce((sum, unit) => sum + unit.lng!, 0) / located.length,
  }
}

/** The picked units' documents, as an anonymous reader gets them, with their hours told at `at`. */
async function withDocuments(index: UnitIndex, picked: Picked[], locale: Lang, at: Date): Promise<UnitMatch[]> {
  if (!picked.length) return []
  const documents = await index.documents(locale)
  return picked.flatMap(({ unit, distanceKm, reason }) => {
    const doc = documents.get(String(unit.id))
    if (!doc) return []
    return [{ unit: doc, distanceKm: distanceKm === null ? null : Math.round(distanceKm * 100) / 100, reason, ...hoursState(unit.hours, at) }]
  })
}

function nearest(
  index: UnitIndex,
  from: { lat: number; lng: number },
  count: number,
  radiusKm: number | undefined,
  keep: (unit: IndexedUnit) => boolean,
): IndexedUnit[] {
  if (!index.located.length || count <= 0) return []
  return around(index.tree, from.lng, from.lat, count, radiusKm ?? Infinity, (id) => keep(index.located[id])).map((id) => index.located[id])
}

/**
 * The units serving a commune: the competent units of the "compétence territoriale" file first,
 * then the units located in the commune, then the nearest others (from the centre of the
 * commune's units; communes have no coordinates in the official list). Active units only.
 */
export async function unitsForCommune(payload: Payload, query: UnitsForCommuneQuery): Promise<UnitMatch[]> {
  const { insee, limit, kind, force, locale, at } = parse(communeQuery, query)
  const openAt = toDate(query.openAt)
  const keep = accepts({ kind, force, openAt })
  const index = await unitIndex(payload)
  const commune = findCommune(insee)!

  const competent = (index.competences.get(insee) ?? []).flatMap((row) => {
    const unit = index.byPublicId.get(row.serviceId) ?? index.byName.get(nameKey(row.serviceName))?.[0]
    return unit ? [unit] : []
  })
  const local = index.byInsee.get(insee) ?? []
  const samePostcode = index.units.filter((unit) => unit.postcode && commune.postcodes.includes(unit.postcode))
  const from =
    centre([...competent, ...local]) ?? centre(samePostcode) ?? centre(index.units.filter((unit) => unit.department === commune.department))

  const taken = new Set<IndexedUnit['id']>()
  const picked: Picked[] = []
  const take = (units: IndexedUnit[], reason: Picked['reason']) => {
    for (const unit of units) {
      if (picked.length >= limit || taken.has(unit.id) || !keep(unit)) continue
      taken.add(unit.id)
      picked.push({ unit, distanceKm: km(from, unit), reason })
    }
  }
  take(competent, 'competent')
  take(
    [...local].sort((a, b) => (km(from, a) ?? Infinity) - (km(from, b) ?? Infinity)),
    'in-commune',
  )
  if (from)
    take(
      nearest(index, from, limit - picked.length, undefined, (unit) => !taken.has(unit.id) && keep(unit)),
      'nearby',
    )

  return withDocuments(index, picked, locale, openAt ?? at ?? new Date())
}

/** The nearest active units to a position, by great-circle distance, within radiusKm when given. */
export async function unitsNear(payload: Payload, query: UnitsNearQuery): Promise<UnitMatch[]> {
  const { lat, lng, limit, radiusKm, kind, force, locale, at } = parse(nearQuery, query)
  const openAt = toDate(query.openAt)
  const index = await unitIndex(payload)
  const from = { lat, lng }
  const picked = nearest(index, from, limit, radiusKm, accepts({ kind, force, openAt })).map((unit): Picked => ({
    unit,
    distanceKm: km(from, unit),
    reason: 'nearby',
  }))
  return withDocuments(index, picked, locale, openAt ?? at ?? new Date())
}
