import KDBush from 'kdbush'
import type OpeningHours from 'opening_hours'
import type { Payload } from 'payload'

import type { Unit } from '../../payload-types'
import { parseOpeningHours } from './hours'
import { nameKey } from './nameKey'
import { type Lang } from './language'

/** What the searches need of an active unit, held in memory; the documents are read afterwards. */
export type IndexedUnit = {
  id: Unit['id']
  publicId: string | null
  nameKey: string
  inseeCode: string
  postcode: string | null
  department: string | null
  kind: Unit['kind']
  force: Unit['force']
  lat: number | null
  lng: number | null
  hours: OpeningHours | null
}

export type Competence = { serviceId: string; serviceName: string }

export type UnitIndex = {
  units: IndexedUnit[]
  /** Units with coordinates, in the order of the kd-tree's ids. */
  located: IndexedUnit[]
  tree: KDBush
  byInsee: Map<string, IndexedUnit[]>
  byPublicId: Map<string, IndexedUnit>
  byName: Map<string, IndexedUnit[]>
  /** Active competences by commune, sorted by service name. */
  competences: Map<string, Competence[]>
  /**
   * The units as an anonymous reader gets them (depth 0), by locale, so a search reads no
   * database at all; French is loaded with the index, English on first use.
   */
  documents: (locale: Lang) => Promise<Map<string, Unit>>
}

type Slot = { index?: UnitIndex; building?: Promise<UnitIndex>; stale: boolean; signature?: string; checkedAt: number }

/*
 * Another process (the importer, another hub instance) can change units without this one's
 * hooks running, so the index also compares the count and the latest update of units and competences
 * with the database, at most this often.
 */
const freshnessCheckMs = 2000

const slots = new WeakMap<Payload, Slot>()
const slotOf = (payload: Payload): Slot => {
  let slot = slots.get(payload)
  if (!slot) slots.set(payload, (slot = { stale: true, checkedAt: 0 }))
  return slot
}

/** Called by the hooks of units and competences: the next read rebuilds the index. */
export function invalidateUnitIndex(payload: Payload): void {
  slotOf(payload).stale = true
}

async function databaseSignature(payload: Payload): Promise<string> {
  const latest = (collection: 'units' | 'unit-competences') =>
    payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true } })
  const [units, competences] = await Promise.all([latest('units'), latest('unit-competences')])
  return [units.totalDocs, units.docs[0]?.updatedAt, competences.totalDocs, competences.docs[0]?.updatedAt].join(':')
}

const readableUnits = (payload: Payload, locale: Lang) =>
  payload.find({
    collection: 'units',
    where: { status: { equals: 'active' } },
    pagination: false,
    depth: 0,
    locale,
    overrideAccess: false,
  })

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function hoursOf(value: string | null | undefined): OpeningHours | null {
  if (!value) return null
  try {
    return parseOpeningHours(value)
  } catch {
    // Saved strings are checked on save; one that no longer parses counts as unknown hours.
    return null
  }
}

async function build(payload: Payload): Promise<UnitIndex> {
  const [{ docs }, competenceRows] = await Promise.all([
    readableUnits(payload, 'fr'),
    payload.find({
      collection: 'unit-competences',
      where: { status: { equals: 'active' } },
      pagination: false,
      depth: 0,
      sort: 'serviceName',
      select: { inseeCode: true, serviceId: true, serviceName: true },
    }),
  ])
  const units: IndexedUnit[] = docs.map((doc) => ({
    id: doc.id,
    publicId: doc.publicId ?? null,
    nameKey: nameKey(doc.name ?? ''),
    inseeCode: doc.address.inseeCode,
    postcode: doc.address.postcode ?? null,
    department: doc.address.department ?? null,
    kind: doc.kind,
    force: doc.force,
    lat: typeof doc.location?.latitude === 'number' ? doc.location.latitude : null,
    lng: typeof doc.location?.longitude === 'number' ? doc.location.longitude : null,
    hours: hoursOf(doc.openingHours),
  }))
  const located = units.filter((unit) => unit.lat !== null && unit.lng !== null)
  const tree = new KDBush(Math.max(located.length, 1))
  for (const unit of located) tree.add(unit.lng!, unit.lat!)
  if (!located.length) tree.add(0, 0)
  tree.finish()
  const byInsee = new Map<string, IndexedUnit[]>()
  const byName = new Map<string, IndexedUnit[]>()
  const byPublicId = new Map<string, IndexedUnit>()
  for (const unit of units) {
    push(byInsee, unit.inseeCode, unit)
    push(byName, unit.nameKey, unit)
    if (unit.publicId) byPublicId.set(unit.publicId, unit)
  }
  const competences = new Map<string, Competence[]>()
  for (const row of competenceRows.docs) push(competences, row.inseeCode, { serviceId: row.serviceId, serviceName: row.serviceName })

  const byId = (list: Unit[]) => new Map(list.map((doc) => [String(doc.id), doc]))
  const documents = new Map<Lang, Promise<Map<string, Unit>>>([['fr', Promise.resolve(byId(docs))]])
  return {
    units,
    located,
    tree,
    byInsee,
    byPublicId,
    byName,
    competences,
    documents: (locale) => {
      let loaded = documents.get(locale)
      if (!loaded) documents.set(locale, (loaded = readableUnits(payload, locale).then((result) => byId(result.docs))))
      return loaded
    },
  }
}

/** The index of active units, rebuilt when units or competences changed here or, checked every 2 s, elsewhere. */
export async function unitIndex(payload: Payload): Promise<UnitIndex> {
  const slot = slotOf(payload)
  if (slot.building) return slot.building
  const now = Date.now()
  if (slot.index && !slot.stale && now - slot.checkedAt < freshnessCheckMs) return slot.index
  slot.building = (async () => {
    try {
      const signature = await databaseSignature(payload)
      slot.checkedAt = Date.now()
      if (slot.index && !slot.stale && signature === slot.signature) return slot.index
      slot.stale = false
      const index = await build(payload)
      slot.index = index
      slot.signature = signature
      return index
    } finally {
      slot.building = undefined
    }
  })()
  return slot.building
}
