/**
 * A database at national volumes, written in bulk: the catalogue (through the seed), 5,000
 * units, a competent unit for every commune (about 35,000 competences), 100,000 news items
 * published over five years (national, departmental and communal, some expired, some drafts,
 * some in English, some with an image), and a few images. Rows go straight into the adapter's
 * tables in batches (drizzle, SQLite or PostgreSQL): it is a fixture, written in seconds, not a
 * run of Payload's hooks on 140,000 documents. What the benchmark asks for (slugs, ids,
 * communes) is returned.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { findCommune, listCommunes, listDepartments, type Commune } from '../src/lib/territories'
import { newsCategories, unitKinds, valuesOf } from '../src/lib/vocabularies'

export type VolumeCounts = { units: number; news: number; years: number; images: number }
export const nationalCounts: VolumeCounts = { units: 5000, news: 100_000, years: 5, images: 20 }

export type VolumeSample = {
  counts: VolumeCounts & { competences: number; visibleNews: number }
  /** Slugs of news items readers see now. */
  newsSlugs: string[]
  /** Ids of news items readers see now. */
  newsIds: (number | string)[]
  unitIds: (number | string)[]
  /** Communes that have a unit. */
  unitCommunes: string[]
  /** Communes that have news of their own. */
  newsCommunes: string[]
  departments: string[]
  sheetSlugs: string[]
  serviceSlugs: string[]
  sheetIds: (number | string)[]
}

/** A fixed pseudo-random sequence (mulberry32), so every run writes the same database. */
function randomSequence(seed: number) {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  return { random, pick }
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
})
const lexical = (texts: string[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: texts.map(paragraph) } })

const dayMs = 86_400_000
const batchRows = 500

type Row = Record<string, unknown>
type Tables = Record<string, unknown>

/** Inserts rows in batches; returns the new ids in order when asked. */
async function insert(payload: Payload, table: string, rows: Row[], returning = false): Promise<(number | string)[]> {
  const db = payload.db as unknown as {
    drizzle: {
      insert: (table: unknown) => {
        values: (rows: Row[]) => { returning: (shape: unknown) => Promise<{ id: number | string }[]> } & PromiseLike<unknown>
      }
    }
    tables: Tables
  }
  const target = db.tables[table] as { id: unknown }
  const ids: (number | string)[] = []
  for (let start = 0; start < rows.length; start += batchRows) {
    const query = db.drizzle.insert(target).values(rows.slice(start, start + batchRows))
    if (returning) ids.push(...(await query.returning({ id: target.id })).map((row) => row.id))
    else await query
  }
  return ids
}

async function images(payload: Payload, count: number): Promise<(number | string)[]> {
  const ids: (number | string)[] = []
  for (let i = 0; i < count; i++) {
    const data = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: (i * 37) % 256, g: (i * 91) % 256, b: 160 } } })
      .jpeg({ quality: 70 })
      .toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Illustration ${i + 1} : une patrouille en ville` },
      file: { data, mimetype: 'image/jpeg', name: `volume-illustration-${i + 1}.jpg`, size: data.length },
      locale: 'fr',
      depth: 0,
      overrideAccess: true,
    })
    ids.push(doc.id)
  }
  return ids
}

/**
 * Writes the national volumes into an empty, migrated database; the catalogue is seeded
 * through the seed (services, sheets, guides, the open-data samples).
 */
export async function writeNationalVolumes(payload: Payload, counts: VolumeCounts = nationalCounts, now = new Date()): Promise<VolumeSample> {
  const { random, pick } = randomSequence(2026)
  const { seed } = await import('../seed')
  await seed(payload, { demo: false, demoPassword: 'unused-no-demo-users' })

  const communes = listCommunes()
  const byDepartment = new Map<string, Commune[]>()
  for (const commune of communes) {
    const list = byDepartment.get(commune.department)
    if (list) list.push(commune)
    else byDepartment.set(commune.department, [commune])
  }
  const departments = listDepartments()
    .map((d) => d.code)
    .filter((code) => byDepartment.has(code))
  const iso = (ms: number) => new Date(ms).toISOString()
  const nowMs = now.getTime()

  // Units: brigades and stations across every department, a few victim-support offices, 3 % closed.
  const kinds = valuesOf(unitKinds)
  const unitPlaces: Commune[] = []
  const unitRows: Row[] = Array.from({ length: counts.units }, (_, i) => {
    const commune = pick(communes)
    unitPlaces.push(commune)
    const kind = random() < 0.7 ? 'gendarmerie-brigade' : random() < 0.85 ? 'police-station' : pick(kinds)
    const created = nowMs - random() * counts.years * 365 * dayMs
    return {
      kind,
      force: kind === 'gendarmerie-brigade' ? 'gendarmerie' : kind === 'police-station' ? 'police' : 'none',
      publicId: `vol-${900_000 + i}`,
      address_street: `${1 + Math.floor(random() * 200)} rue de la République`,
      address_postcode: commune.postcodes[0] ?? null,
      address_commune: commune.name,
      address_inseeCode: commune.code,
      address_department: commune.department,
      location_latitude: Number((42.5 + random() * 8.3).toFixed(5)),
      location_longitude: Number((-4.5 + random() * 12.3).toFixed(5)),
      phone: `+33 2 ${String(10_000_000 + i).slice(-8)}`,
      openingHours: pick(['Mo-Fr 08:00-12:00,14:00-18:00', 'Mo-Sa 08:00-19:00; PH 09:00-12:00', '24/7', null]),
      status: random() < 0.97 ? 'active' : 'closed',
      source: 'opendata-gendarmerie',
      createdAt: iso(created),
      updatedAt: iso(created + random() * dayMs * 30),
    }
  })
  const unitIds = await insert(payload, 'units', unitRows, true)
  await insert(
    payload,
    'units_locales',
    unitIds.map((id, i) => ({
      _parentID: id,
      _locale: 'fr',
      name: `${unitRows[i].kind === 'police-station' ? 'Commissariat' : 'Brigade'} de ${unitPlaces[i].name} n° ${i}`,
    })),
  )

  // Every commune has a competent unit: one of its department's, named by its public id.
  const unitsByDepartment = new Map<string, number[]>()
  unitPlaces.forEach((commune, i) => {
    const list = unitsByDepartment.get(commune.department)
    if (list) list.push(i)
    else unitsByDepartment.set(commune.department, [i])
  })
  const competenceRows: Row[] = []
  for (const commune of communes) {
    const candidates = unitsByDepartment.get(commune.department)
    if (!candidates) continue
    const unit = candidates[Math.floor(random() * candidates.length)]
    const institution = unitRows[unit].force === 'police' ? 'police' : 'gendarmerie'
    const serviceId = unitRows[unit].publicId as string
    competenceRows.push({
      key: `${commune.code}:${institution}:${serviceId}`,
      inseeCode: commune.code,
      institution,
      serviceId,
      serviceName: `Unité ${unit}`,
      postcodes: commune.postcodes.join(','),
      status: 'active',
    })
  }
  await insert(payload, 'unit_competences', competenceRows)

  // News: five years, newest first on every list; 8 % national, 52 % departmental, 40 % communal.
  const imageIds = await images(payload, counts.images)
  const categories = valuesOf(newsCategories)
  const newsRows: Row[] = []
  const localeRows: Row[] = []
  const textRows: { index: number; path: string; text: string; order: number }[] = []
  const newsCommunes = new Set<string>()
  const visible: number[] = []
  for (let i = 0; i < counts.news; i++) {
    const published = nowMs - dayMs / 24 - random() * counts.years * 365 * dayMs
    const draft = random() < 0.03
    const expires = random() < 0.4 ? published + (7 + random() * 180) * dayMs : null
    const roll = random()
    const level = roll < 0.08 ? 'national' : roll < 0.6 ? 'departments' : 'communes'
    const department = pick(departments)
    let departmentsOf: string[] = []
    let communesOf: string[] = []
    if (level === 'departments')
      departmentsOf = random() < 0.85 ? [department] : [department, pick(departments)].filter((d, k, all) => all.indexOf(d) === k)
    if (level === 'communes') {
      const local = byDepartment.get(department)!
      communesOf = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(local).code).filter((c, k, all) => all.indexOf(c) === k)
      departmentsOf = [department]
    }
    const slug = `actualite-${department}-${i}`
    newsRows.push({
      slug,
      image: random() < 0.15 && imageIds.length ? pick(imageIds) : null,
      scope_level: level,
      category: pick(categories),
      publishedAt: draft ? null : iso(published),
      expiresAt: expires === null ? null : iso(expires),
      source: 'editor',
      createdAt: iso(published - random() * dayMs),
      updatedAt: iso(published + random() * dayMs),
      _status: draft ? 'draft' : 'published',
    })
    const place =
      level === 'communes' ? `à ${findCommune(communesOf[0])?.name ?? communesOf[0]}` : level === 'national' ? 'en France' : `dans le ${department}`
    localeRows.push({
      index: i,
      _locale: 'fr',
      title: `Opération de prévention ${place} (n° ${i})`,
      summary: `Les forces de sécurité organisent une opération de prévention ${place} : conseils, permanences et rencontres avec les habitants.`,
      body: lexical([
        `Les gendarmes et policiers seront présents ${place} pour répondre aux questions des habitants.`,
        'Pensez à signaler vos absences dans le cadre de l’opération tranquillité vacances.',
      ]),
    })
    if (random() < 0.1)
      localeRows.push({ index: i, _locale: 'en', title: `Prevention operation (no. ${i})`, summary: 'Security forces meet residents.', body: null })
    departmentsOf.forEach((text, k) => textRows.push({ index: i, path: 'scope.departments', text, order: k + 1 }))
    communesOf.forEach((text, k) => textRows.push({ index: i, path: 'scope.communes', text, order: k + 1 }))
    for (const code of communesOf) newsCommunes.add(code)
    if (!draft && (expires === null || expires > nowMs)) visible.push(i)
  }
  const newsIds = await insert(payload, 'news', newsRows, true)
  await insert(
    payload,
    'news_locales',
    localeRows.map(({ index, ...row }) => ({ ...row, _parentID: newsIds[index as number] })),
  )
  await insert(
    payload,
    'news_texts',
    textRows.map(({ index, ...row }) => ({ ...row, parent: newsIds[index] })),
  )

  const [sheets, services] = await Promise.all([
    payload.find({ collection: 'sheets', where: { _status: { equals: 'published' } }, pagination: false, depth: 0, select: { slug: true } }),
    payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, pagination: false, depth: 0, select: { slug: true } }),
  ])
  const activeUnits = unitIds.filter((_, i) => unitRows[i].status === 'active')
  return {
    counts: { ...counts, competences: competenceRows.length, visibleNews: visible.length },
    newsSlugs: visible.map((i) => newsRows[i].slug as string),
    newsIds: visible.map((i) => newsIds[i]),
    unitIds: activeUnits,
    unitCommunes: [...new Set(unitPlaces.map((c) => c.code))],
    newsCommunes: [...newsCommunes],
    departments,
    sheetSlugs: sheets.docs.map((d) => d.slug as string),
    sheetIds: sheets.docs.map((d) => d.id),
    serviceSlugs: services.docs.map((d) => d.slug as string),
  }
}
