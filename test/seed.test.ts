import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, type SeedReport } from '../seed/index'
import { demoUnits } from '../seed/demo'
import { readCatalogue } from '../seed/readCatalogue'
import { unitsForCommune } from '../src/lib/unitSearch'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let first: SeedReport

const collections = ['services', 'sheets', 'units', 'unit-competences', 'news', 'users'] as const
const order = { competent: 0, 'in-commune': 1, nearby: 2 }

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

  it('gives every service and sheet the official sources of its catalogue file, and its English texts', async () => {
    const catalogue = readCatalogue()
    const shown = (sources: { title: string; url: string }[] | null | undefined) => sources?.map(({ title, url }) => ({ title, url }))
    const options = { limit: 100, depth: 0, locale: 'en', fallbackLocale: false } as const
    const services = (await hub.payload.find({ collection: 'services', ...options })).docs.map((doc) => ({
      slug: doc.slug,
      sources: shown(doc.sources),
      text: doc.name,
    }))
    const sheets = (await hub.payload.find({ collection: 'sheets', ...options })).docs.map((doc) => ({
      slug: doc.slug,
      sources: shown(doc.sources),
      text: doc.title,
    }))
    expect(services).toEqual(
      expect.arrayContaining(catalogue.services.map((entry) => ({ slug: entry.slug, sources: shown(entry.sources), text: entry.en.name }))),
    )
    expect(sheets).toEqual(
      expect.arrayContaining(catalogue.sheets.map((entry) => ({ slug: entry.slug, sources: shown(entry.sources), text: entry.en.title }))),
    )
    expect([services.length, sheets.length]).toEqual([catalogue.services.length, catalogue.sheets.length])
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

  it('spreads the demo’s review days around today: a few sheets due, most not', async () => {
    const sheets = (await hub.payload.find({ collection: 'sheets', limit: 100, pagination: false })).docs
    const today = new Date().toISOString().slice(0, 10)
    const due = sheets.filter((sheet) => sheet.reviewDueDate && sheet.reviewDueDate.slice(0, 10) <= today)
    expect(sheets.length).toBeGreaterThan(5)
    expect(due.length).toBeGreaterThan(0)
    expect(due.length).toBeLessThanOrEqual(Math.ceil(sheets.length / 4))
  })

  it('marks demo units and news as demo in their source', async () => {
    const demoUnits = await hub.payload.find({ collection: 'units', where: { source: { equals: 'demo' } } })
    expect(demoUnits.docs.length).toBeGreaterThan(0)
    for (const unit of demoUnits.docs) expect(unit.name).toMatch(/démo/i)
    const demoNews = await hub.payload.find({ collection: 'news', where: { source: { equals: 'demo' } }, draft: true })
    expect(demoNews.docs.length).toBeGreaterThan(0)
    for (const item of demoNews.docs) expect(item.title).toMatch(/Démo/)
  })

  it('gives the demo commune, Rennes, its demo units first: competent, in the commune, then the brigades around', async () => {
    const matches = await unitsForCommune(hub.payload, { insee: '35238', limit: 10 })
    const demo35 = demoUnits.filter((unit) => unit.address.inseeCode.startsWith('35'))
    const first = matches.slice(0, demo35.length)
    expect(first.map((match) => match.unit.publicId).sort()).toEqual(demo35.map((unit) => unit.publicId).sort())
    for (const match of first) {
      expect(match.unit.source).toBe('demo')
      expect(match.unit.address.department).toBe('35')
      expect(match.distanceKm, match.unit.name ?? '').toBeLessThan(30)
    }
    expect(first[0]).toMatchObject({ reason: 'competent', unit: { kind: 'police-station' } })
    expect(first.map((match) => match.reason)).toEqual([...first].map((match) => match.reason).sort((a, b) => order[a] - order[b]))
    const nearby = first.filter((match) => match.reason === 'nearby').map((match) => match.distanceKm!)
    expect(nearby.length).toBeGreaterThanOrEqual(3)
    expect(nearby).toEqual([...nearby].sort((a, b) => a - b))
    expect(first.filter((match) => match.unit.kind === 'gendarmerie-brigade').length).toBeGreaterThanOrEqual(3)
    expect(first.some((match) => match.unit.kind === 'victim-support')).toBe(true)

    // The units widget shows the same, in the same order.
    const widget = await hub.api.get('/embed/v1/data/units?commune=35238&limit=10')
    expect(widget.body.items.slice(0, demo35.length).map((item: { name: string }) => item.name)).toEqual(first.map((match) => match.unit.name))
    // A commune around Rennes is served by its demo brigade first.
    const [pace] = await unitsForCommune(hub.payload, { insee: '35353', limit: 1 })
    expect(pace).toMatchObject({ reason: 'competent', unit: { publicId: 'demo-brigade-35210' } })
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

describe('seed after editors deleted content', () => {
  const seedAgain = () => seed(hub.payload, { demo: true, demoPassword: 'demo-password' })
  const bySlug = async (collection: 'sheets' | 'news' | 'services', slug: string) =>
    (await hub.payload.find({ collection, where: { slug: { equals: slug } }, draft: true, depth: 0 })).docs[0]

  it('remembers, on a database seeded before it kept records, what is there, and from then on what is deleted', async () => {
    await hub.payload.delete({ collection: 'seed-records', where: { id: { exists: true } } })
    const adopted = await seedAgain()
    expect(Object.values(adopted).every((counts) => counts.created === 0)).toBe(true)
    const records = await hub.payload.count({ collection: 'seed-records' })
    expect(records.totalDocs).toBe(Object.values(adopted).reduce((sum, counts) => sum + counts.existing, 0))

    const unit = (await hub.payload.find({ collection: 'units', where: { publicId: { equals: '1008620' } } })).docs[0]
    await hub.payload.delete({ collection: 'units', id: unit.id })
    const report = await seedAgain()
    expect(report.units).toMatchObject({ created: 0, deleted: 1 })
    expect(await hub.payload.count({ collection: 'units', where: { publicId: { equals: '1008620' } } })).toMatchObject({ totalDocs: 0 })
  })

  it('never creates again a sheet the admin deleted nor news a local editor deleted', async () => {
    const admin = await hub.login('admin@relais.example', 'demo-password')
    const local = await hub.login('editeur-35@relais.example', 'demo-password')
    const sheet = await bySlug('sheets', 'vehicule-fourriere')
    expect((await hub.api.delete(`/api/sheets/${sheet.id}`).set('Authorization', `JWT ${admin}`)).status).toBe(200)
    for (const slug of ['demo-rendez-vous-gendarmerie-ille-et-vilaine', 'demo-permanence-aide-victimes-rennes']) {
      const item = await bySlug('news', slug)
      expect((await hub.api.delete(`/api/news/${item.id}`).set('Authorization', `JWT ${local}`)).status).toBe(200)
    }

    const report = await seedAgain()
    expect(await bySlug('sheets', 'vehicule-fourriere')).toBeUndefined()
    expect(await bySlug('news', 'demo-rendez-vous-gendarmerie-ille-et-vilaine')).toBeUndefined()
    expect(await bySlug('news', 'demo-permanence-aide-victimes-rennes')).toBeUndefined()
    expect(report.sheets).toMatchObject({ created: 0, deleted: 1 })
    expect(report.news).toMatchObject({ created: 0, deleted: 2 })
  })

  it('recognises a seeded document an editor renamed, instead of creating a second one', async () => {
    const service = await bySlug('services', 'telepoints')
    await hub.payload.update({ collection: 'services', id: service.id, data: { slug: 'solde-points-permis' } })
    const report = await seedAgain()
    expect(report.services.created).toBe(0)
    expect(await bySlug('services', 'telepoints')).toBeUndefined()
    expect((await bySlug('services', 'solde-points-permis')).id).toBe(service.id)
  })

  it('keeps its records to admins: hidden from editors, out of the GraphQL schema', async () => {
    const admin = await hub.login('admin@relais.example', 'demo-password')
    const editor = await hub.login('editeur@relais.example', 'demo-password')
    const asAdmin = await hub.api.get('/api/seed-records?limit=5').set('Authorization', `JWT ${admin}`)
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.docs[0]).toEqual(expect.objectContaining({ key: expect.stringMatching(/^[a-z-]+:/), documentId: expect.any(String) }))
    expect((await hub.api.get('/api/seed-records').set('Authorization', `JWT ${editor}`)).status).toBe(403)
    expect((await hub.api.get('/api/seed-records')).status).toBe(403)
    const created = await hub.api.post('/api/seed-records').set('Authorization', `JWT ${admin}`).send({ key: 'sheets:x', documentId: '1' })
    expect(created.status).toBe(403)
    const graphql = await hub.graphql('{ SeedRecords { docs { key } } }', undefined, admin)
    expect(graphql.body.errors?.[0]?.message).toMatch(/Cannot query field "SeedRecords"/)
  })
})
