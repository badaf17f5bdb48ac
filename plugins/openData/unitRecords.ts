import type { Payload } from 'payload'

import type { Unit } from '../../payload-types'
import { labelOf } from '../../src/lib/labelOf'
import { readerUrl } from '../../src/lib/readerUrls'
import { unitIndex } from '../../src/lib/unitIndex'
import { unitKinds } from '../../src/lib/vocabularies'
import type { unitsTableSchema } from './tableSchemas'

type Column = (typeof unitsTableSchema)['fields'][number]['name']

/** One unit as the open data gives it: the columns of units.csv, the properties of units.geojson. */
export type UnitRecord = Record<Column, string | number | null>

/** An instant as Table Schema's default datetime reads it: ISO 8601 in UTC, to the second. */
export const utcSecond = (value: string): string => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z')

const coordinate = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

export function unitRecord(origin: string, unit: Unit): UnitRecord {
  return {
    id: String(unit.id),
    public_id: unit.publicId ?? null,
    name: unit.name ?? '',
    kind: unit.kind,
    kind_label: labelOf(unitKinds, unit.kind, 'fr') ?? unit.kind,
    force: unit.force,
    street: unit.address.street ?? null,
    postcode: unit.address.postcode ?? null,
    commune: unit.address.commune,
    insee_code: unit.address.inseeCode,
    department: unit.address.department ?? null,
    latitude: coordinate(unit.location?.latitude),
    longitude: coordinate(unit.location?.longitude),
    phone: unit.phone ?? null,
    email: unit.email ?? null,
    website: unit.website ?? null,
    opening_hours: unit.openingHours ?? null,
    page_url: readerUrl(origin, 'unit', unit.id, 'fr'),
    updated_at: utcSecond(unit.updatedAt),
  }
}

/**
 * The units open to the public, in French, as the domain layer holds them in memory (the unit
 * index that the searches read: no database read beyond its freshness check), by department,
 * commune and name.
 */
const frenchOrder = new Intl.Collator('fr')
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export async function activeUnits(payload: Payload): Promise<Unit[]> {
  const documents = await (await unitIndex(payload)).documents('fr')
  return [...documents.values()].sort(
    (a, b) =>
      codeOrder(a.address.department ?? '', b.address.department ?? '') ||
      codeOrder(a.address.inseeCode, b.address.inseeCode) ||
      frenchOrder.compare(a.name ?? '', b.name ?? '') ||
      codeOrder(String(a.id), String(b.id)),
  )
}
