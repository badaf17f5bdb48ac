import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, type SeedReport } from '../seed/index'
import { readCatalogue } from '../seed/readCatalogue'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let first: SeedReport

const collections = ['services', 'sheets', 'units', 'news', 'users'] as const

async function snapshot() {
  const state: Record<string, { id: unknown; updatedAt: string }[]> = {}
  for (const collection of collections) {
    const { docs } = await hub.payload.find({ collection, limit: 1000, depth: 0, draft: true, sort: 'id' })
    state[collection] = docs.map((d) => ({ id: d.id, updatedAt: d.updatedAt }))
  }
  return state
}

beforeAll(async () => {
  hub = await startHub()
  first = await seed(hub.payload, { demo: true, demoPassword: 'demo-password' })
})
afterAll(async () => {
  await hub?.close()
})

describe('seed', () => {
  it('creates the one-stop offer: services, sheets pointing to them, real units, demo users', async () => {
    expect(first.services.created).toBeGreaterThanOrEqual(14)
    expect(first.sheets.created).toBeGreaterThanOrEqual(12)
    const { docs: services } = await hub.payload.find({ collection: 'services', limit: 100 })
    const acronyms = services.map((s) => s.acronym)
    expect(acronyms).toEqual(expect.arrayContaining(['OTV', 'THESEE', 'PERCEVAL', 'PHAROS', 'PNAV']))
    const gendarmerieAppointments = services.find((s) => s.coverage?.scope === 'departments')
    expect(gendarmerieAppointments?.coverage?.departments).toEqual(expect.arrayContaining(['35', '45']))
    const stopDjihadisme = services.find((s) => s.channels?.some((c) => c.target?.replace(/\s/g, '') === '0800005696'))
    expect(stopDjihadisme).toBeDefined()

    const { docs: sheets } = await hub.payload.find({ collection: 'sheets', limit: 100, depth: 0 })
    for (const sheet of sheets) expect(sheet.relatedServices?.length, sheet.slug ?? undefined).toBeGreaterThan(0)
    expect(sheets.every((s) => s._status === 'published')).toBe(true)
  })

  it('gives every service and sheet the official sources of its catalogue file, in both languages', async () => {
    const catalogue = readCatalogue()
    for (const [collection, entries] of [['services', catalogue.services], ['sheets', catalogue.sheets]] as const) {
      const { docs } = await hub.payload.find({ collection, limit: 100, depth: 0, locale: 'en', fallbackLocale: false })
      expect(docs).toHaveLength(entries.length)
      for (const entry of entries) {
        const doc = docs.find((d) => d.slug === entry.slug)
        expect(doc?.sources?.map(({ title, url }) => ({ title, url })), entry.slug).toEqual(entry.sources.map(({ title, url }) => ({ title, url })))
        expect(doc && ('name' in doc ? doc.name : doc.title), entry.slug).toBe('name' in entry.en ? entry.en.name : entry.en.title)
      }
    }
  })

  it('loads the real open-data rows, with their hours converted', async () => {
    const oyonnax = await hub.payload.find({ collection: 'units', where: { publicId: { equals: '1008614' } } })
    expect(oyonnax.docs[0]).toMatchObject({ source: 'opendata-gendarmerie', address: { department: '01', inseeCode: '01283' } })
    expect(oyonnax.docs[0].openingHours).toBeFalsy()
    const ornex = await hub.payload.find({ collection: 'units', where: { publicId: { equals: '1008620' } } })
    expect(ornex.docs[0].openingHours).toBe('Mo,Tu,Th,Fr 08:00-12:00,14:00-18:00; We,Sa 14:00-18:00; Su 09:00-12:00,15:00-18:00')
    const noumea = await hub.payload.find({ collection: 'units', where: { 'address.inseeCode': { equals: '98818' } } })
    expect(noumea.docs[0]).toMatchObject({ source: 'opendata-police', location: { latitude: -22.28784, longitude: 166.45292 } })
    expect(await hub.payload.count({ collection: 'units', where: { source: { equals: 'opendata-police' } } })).toMatchObject({ totalDocs: 6 })
  })

  it('marks demo units and news as demo in their source', async () => {
    const demoUnits = await hub.payload.find({ collection: 'units', where: { source: { equals: 'demo' } } })
    expect(demoUnits.docs.length).toBeGreaterThan(0)
    for (const unit of demoUnits.docs) expect(unit.name).toMatch(/démo/i)
    const demoNews = await hub.payload.find({ collection: 'news', where: { source: { equals: 'demo' } }, draft: true })
    expect(demoNews.docs.length).toBeGreaterThan(0)
    for (const item of demoNews.docs) expect(item.title).toMatch(/Démo/)
  })

  it('logs in every demo user', async () => {
    for (const email of ['admin@relais.example', 'editeur@relais.example', 'editeur-35@relais.example']) {
      await expect(hub.login(email, 'demo-password')).resolves.toEqual(expect.any(String))
    }
  })

  it('changes nothing when run again', async () => {
    const before = await snapshot()
    const second = await seed(hub.payload, { demo: true, demoPassword: 'demo-password' })
    for (const counts of Object.values(second)) expect(counts.created).toBe(0)
    expect(await snapshot()).toEqual(before)
  })

  it('leaves an editor’s change alone', async () => {
    const { docs } = await hub.payload.find({ collection: 'services', where: { acronym: { equals: 'OTV' } } })
    await hub.payload.update({ collection: 'services', id: docs[0].id, data: { summary: 'Résumé revu par un éditeur' } })
    await seed(hub.payload, { demo: true, demoPassword: 'demo-password' })
    const after = await hub.payload.findByID({ collection: 'services', id: docs[0].id })
    expect(after.summary).toBe('Résumé revu par un éditeur')
  })
})
