import type { Unit } from '../../payload-types'
import type { UnitData } from './unitRows'

/** Field path -> value, for the fields an import owns. */
export type TrackedValues = Record<string, unknown>

/**
 * Stored in each imported unit: what the import last wrote, per field, and the fields where an
 * editor's value was kept although the file offered another.
 */
export type ImportRecord = { values: TrackedValues; conflicts: { field: string; kept: unknown; offered: unknown }[] }

const get = (doc: unknown, path: string): unknown => {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null | undefined)?.[key], doc)
  return value === undefined || value === '' ? null : value
}

export function trackedValues(unit: UnitData, status: Unit['status']): TrackedValues {
  const values: TrackedValues = {
    name: unit.name,
    kind: unit.kind,
    force: unit.force,
    'address.street': unit.address.street,
    'address.postcode': unit.address.postcode,
    'address.commune': unit.address.commune,
    'address.inseeCode': unit.address.inseeCode,
    'location.latitude': unit.location.latitude,
    'location.longitude': unit.location.longitude,
    phone: unit.phone,
  }
  if (unit.website !== undefined) values.website = unit.website
  if (unit.openingHours !== undefined) values.openingHours = unit.openingHours
  values.status = status
  return values
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Three-way merge of one unit: a field still holding what the import last wrote follows the
 * file; a field an editor changed keeps the editor's value, and when the file now offers a
 * different value than last time the field is reported as a conflict. A unit no import has
 * written yet (seeded) follows the file.
 */
export function planUnitChange(
  doc: Unit,
  incoming: TrackedValues,
): { write: boolean; data: Record<string, unknown>; conflicts: ImportRecord['conflicts'] } {
  const record = (doc.importRecord ?? null) as ImportRecord | null
  const changes: TrackedValues = {}
  const conflicts: ImportRecord['conflicts'] = []
  for (const [field, offered] of Object.entries(incoming)) {
    const current = get(doc, field)
    const last = record ? (field in record.values ? record.values[field] : current) : current
    if (same(current, last)) {
      if (!same(current, offered)) changes[field] = offered
    } else if (!same(offered, last)) {
      conflicts.push({ field, kept: current, offered })
    } else if (record?.conflicts.some((c) => c.field === field)) {
      conflicts.push(record.conflicts.find((c) => c.field === field)!)
    }
  }
  const importRecord: ImportRecord = { values: { ...record?.values, ...incoming }, conflicts }
  const write = Object.keys(changes).length > 0 || !same(record, importRecord)

  const data: Record<string, unknown> = { importRecord }
  for (const [field, value] of Object.entries(changes)) {
    const [head, leaf] = field.split('.')
    if (leaf) data[head] = { ...(doc as unknown as Record<string, Record<string, unknown>>)[head], ...(data[head] as object), [leaf]: value }
    else data[head] = value
  }
  return { write, data, conflicts }
}
