import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Unit } from '../payload-types'
import { unitsForCommune, unitsNear } from '../src/lib/unitSearch'
import { createUnit } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let closed: Unit

const located = (lat: number, lng: number) => ({ location: { latitude: lat, longitude: lng } })
const names = (matches: { unit: { name?: string | null } }[]) => matches.map((m) => m.unit.name)
// Sunday 1 March 2026, 03:00 in Paris: only a round-the-clock unit is open.
const sundayNight = '2026-03-01T02:00:00Z'
// Monday 2 March 2026, 10:00 in Paris.
const mondayMorning = new Date('2026-03-02T09:00:00Z')

beforeAll(async () => {
  hub = await startHub()
  await createUnit(hub.payload, '01283', "Commissariat de police d'Oyonnax", {
    kind: 'police-station',
    force: 'police',
    publicId: 'pn-01283-commissariat-de-police-d-oyonnax',
    openingHours: 'Mo-Fr 08:00-12:00,14:00-18:00; PH off',
    ...located(46.2538898, 5.65241071),
  })
  await createUnit(hub.payload, '01283', "Gendarmerie - Brigade d'Oyonnax", { publicId: '1008614', ...located(46.25539, 5.64149) })
  await createUnit(hub.payload, '01281', "Gendarmerie - Brigade d'Ornex", {
    publicId: '1008620',
    openingHours: 'Mo,Tu,Th,Fr 08:00-12:00,14:00-18:00; We,Sa 14:00-18:00; Su 09:00-12:00,15:00-18:00',
    ...located(46.27591, 6.09523),
  })
  await createUnit(hub.payload, '01034', 'Gendarmerie - Brigade de Belley', {
    publicId: '1008593',
    openingHours: '24/7',
    ...located(45.75554, 5.68275),
  })
  await createUnit(hub.payload, '35238', 'Brigade de Rennes', { publicId: 'rennes', ...located(48.11, -1.68) })
  closed = await createUnit(hub.payload, '01283', 'Brigade fermée d’Oyonnax', { publicId: 'closed', status: 'closed', ...located(46.255, 5.6415) })
  for (const competence of [
    // Matched by the unit's name: the police file has no id.
    { inseeCode: '01283', institution: 'police', serviceId: 'PN-0042', serviceName: "COMMISSARIAT DE POLICE D'OYONNAX" },
    // Matched by identifiant_public_unite.
    { inseeCode: '01004', institution: 'gendarmerie', serviceId: '1008593', serviceName: 'Brigade de Belley' },
    { inseeCode: '01004', institution: 'gendarmerie', serviceId: 'gone', serviceName: 'Brigade disparue' },
  ] as const) {
    await hub.payload.create({
      collection: 'unit-competences',
      data: { ...competence, status: 'active', key: `${competence.inseeCode}:${competence.institution}:${competence.serviceId}` },
    })
  }
})
afterAll(async () => {
  await hub?.close()
})

describe('units serving a commune', () => {
  it('lists the competent unit first, then the units in the commune, then the nearest others', async () => {
    const matches = await unitsForCommune(hub.payload, { insee: '01283', at: mondayMorning })
    expect(names(matches)).toEqual([
      "Commissariat de police d'Oyonnax",
      "Gendarmerie - Brigade d'Oyonnax",
      "Gendarmerie - Brigade d'Ornex",
      'Gendarmerie - Brigade de Belley',
      'Brigade de Rennes',
    ])
    expect(matches.map((m) => m.reason)).toEqual(['competent', 'in-commune', 'nearby', 'nearby', 'nearby'])
    expect(matches[0]).toMatchObject({
      openNow: true,
      todayHours: [
        { from: '08:00', to: '12:00' },
        { from: '14:00', to: '18:00' },
      ],
      nextChange: '2026-03-02T11:00:00.000Z',
    })
    expect(matches[1]).toMatchObject({ openNow: null, nextChange: null, todayHours: null })
    // From the centre of the commune's two units, Ornex is about 35 km east, Belley 55 km south.
    expect(matches[2].distanceKm).toBeCloseTo(35, -1)
    expect(matches[3].distanceKm).toBeCloseTo(55, -1)
  })

  it('ranks from the competent unit for a commune without units of its own', async () => {
    const matches = await unitsForCommune(hub.payload, { insee: '01004', limit: 2 })
    expect(names(matches)).toEqual(['Gendarmerie - Brigade de Belley', "Commissariat de police d'Oyonnax"])
    expect(matches[0]).toMatchObject({ reason: 'competent', distanceKm: 0 })
  })

  it('filters by force, kind and opening time, and never shows a closed unit', async () => {
    expect(names(await unitsForCommune(hub.payload, { insee: '01283', force: 'police' }))).toEqual(["Commissariat de police d'Oyonnax"])
    expect(names(await unitsForCommune(hub.payload, { insee: '01283', kind: 'gendarmerie-brigade', limit: 1 }))).toEqual([
      "Gendarmerie - Brigade d'Oyonnax",
    ])
    const open = await unitsForCommune(hub.payload, { insee: '01283', openAt: sundayNight })
    expect(names(open)).toEqual(['Gendarmerie - Brigade de Belley'])
    expect(open[0]).toMatchObject({ openNow: true, nextChange: null, todayHours: [{ from: '00:00', to: '24:00' }] })
    const all = await unitsForCommune(hub.payload, { insee: '01283', limit: 50 })
    expect(all.map((m) => m.unit.id)).not.toContain(closed.id)
  })
})

describe('units near a position', () => {
  it('gives the nearest first, with great-circle distances, within the radius', async () => {
    const matches = await unitsNear(hub.payload, { lat: 46.2, lng: 5.65, limit: 3 })
    expect(names(matches)).toEqual(["Commissariat de police d'Oyonnax", "Gendarmerie - Brigade d'Oyonnax", "Gendarmerie - Brigade d'Ornex"])
    const distances = matches.map((m) => m.distanceKm!)
    expect([...distances].sort((a, b) => a - b)).toEqual(distances)
    expect(distances[0]).toBeCloseTo(6, 0)
    expect(names(await unitsNear(hub.payload, { lat: 46.2, lng: 5.65, radiusKm: 10 }))).toHaveLength(2)
    expect(await unitsNear(hub.payload, { lat: 43.3, lng: 5.4, radiusKm: 5 })).toEqual([])
  })

  it('follows units as they are created, closed and moved', async () => {
    const near = { lat: 43.2965, lng: 5.3698, limit: 1 }
    expect(names(await unitsNear(hub.payload, near))).not.toEqual(['Commissariat de Marseille (test)'])
    const marseille = await createUnit(hub.payload, '13055', 'Commissariat de Marseille (test)', {
      kind: 'police-station',
      force: 'police',
      ...located(43.2965, 5.3698),
    })
    expect(await unitsNear(hub.payload, near)).toMatchObject([{ unit: { id: marseille.id }, distanceKm: 0 }])
    await hub.payload.update({ collection: 'units', id: marseille.id, data: { status: 'closed' } })
    expect(names(await unitsNear(hub.payload, near))).not.toContain('Commissariat de Marseille (test)')
  })

  it('names the argument that is wrong', async () => {
    await expect(unitsNear(hub.payload, { lat: 123, lng: 5 })).rejects.toMatchObject({ argument: 'lat' })
    await expect(unitsForCommune(hub.payload, { insee: '99999' })).rejects.toThrow('insee: unknown INSEE commune code')
  })
})

describe('GraphQL', () => {
  const forCommune = `query ($insee: String!, $limit: Int, $openAt: String) {
    unitsForCommune(insee: $insee, limit: $limit, openAt: $openAt) {
      unit { name publicId importRecord address { inseeCode } } distanceKm openNow nextChange todayHours { from to } reason
    }
  }`

  it('answers unitsForCommune for anonymous readers', async () => {
    const response = await hub.graphql(forCommune, { insee: '01283', limit: 2 })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.unitsForCommune).toMatchObject([
      { unit: { name: "Commissariat de police d'Oyonnax", importRecord: null, address: { inseeCode: '01283' } }, reason: 'competent' },
      { unit: { publicId: '1008614' }, reason: 'in_commune', openNow: null, todayHours: null },
    ])
    const open = await hub.graphql(forCommune, { insee: '01283', openAt: sundayNight })
    expect(open.body.data.unitsForCommune).toMatchObject([
      { unit: { publicId: '1008593' }, openNow: true, todayHours: [{ from: '00:00', to: '24:00' }] },
    ])
  })

  it('answers unitsNear with filters', async () => {
    const response = await hub.graphql(
      `{ unitsNear(lat: 46.2, lng: 5.65, limit: 5, radiusKm: 100, force: "gendarmerie") { unit { name } distanceKm } }`,
    )
    expect(response.body.errors).toBeUndefined()
    expect(names(response.body.data.unitsNear)).toEqual([
      "Gendarmerie - Brigade d'Oyonnax",
      "Gendarmerie - Brigade d'Ornex",
      'Gendarmerie - Brigade de Belley',
    ])
  })

  it.each([
    ['{ unitsForCommune(insee: "99999") { distanceKm } }', 'insee', 'insee: unknown INSEE commune code'],
    ['{ unitsNear(lat: 123, lng: 2) { distanceKm } }', 'lat', 'lat: a latitude between -90 and 90 expected'],
    ['{ unitsNear(lat: 48, lng: 2, limit: 10000) { distanceKm } }', 'limit', 'limit: must be at most 50'],
    ['{ unitsNear(lat: 48, lng: 2, radiusKm: -1) { distanceKm } }', 'radiusKm', 'radiusKm: must be more than 0'],
    ['{ unitsForCommune(insee: "01283", kind: "castle") { distanceKm } }', 'kind', 'kind: one of police-station'],
    ['{ unitsForCommune(insee: "01283", openAt: "tomorrow") { distanceKm } }', 'openAt', 'openAt: an ISO 8601 date-time'],
  ])('refuses %s naming the argument', async (query, argument, message) => {
    const response = await hub.graphql(query)
    expect(response.status).toBeLessThan(500)
    expect(response.body.errors[0].message).toContain(message)
    expect(response.body.errors[0].extensions).toMatchObject({ statusCode: 400, data: { argument } })
  })
})
