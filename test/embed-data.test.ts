import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { seed } from '../seed'
import { guides } from '../seed/content/guides'
import { readCatalogue } from '../seed/readCatalogue'
import { createPeople, createUnit, password } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
const catalogue = readCatalogue()

beforeAll(async () => {
  hub = await startHub()
  await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
  await createPeople(hub.payload)
})
afterAll(async () => {
  await hub?.close()
})

const publishNews = (title: string, scope: News['scope'], extra: Partial<News> = {}) =>
  hub.payload.create({
    collection: 'news',
    data: {
      title,
      summary: 'Résumé',
      category: 'event',
      scope,
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
      _status: 'published',
      ...extra,
    } as News,
  })

describe('GET /embed/v1/data/news', () => {
  it('lists national and local news of the commune, newest first, published and unexpired only', async () => {
    const response = await hub.api.get('/embed/v1/data/news?commune=35238&limit=10')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const titles = response.body.items.map((item: { title: string }) => item.title)
    expect(titles).toContain('[Démo] Rennes : permanence du bureau d’aide aux victimes')
    expect(titles).toContain('[Démo] Ille-et-Vilaine : prenez rendez-vous en ligne avec la gendarmerie')
    expect(titles).not.toContain('[Démo] Loiret : réunion publique de prévention des cambriolages')
    expect(titles).not.toContain('[Démo] Actualité expirée')
    expect(titles).not.toContain('[Démo] Brouillon en cours de rédaction')
    const dates = response.body.items.map((item: { publishedAt: string }) => Date.parse(item.publishedAt))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(response.body.items[0]).toEqual(
      expect.objectContaining({ slug: expect.any(String), summary: expect.any(String), category: expect.any(String) }),
    )
  })

  it('is in English with lang=en (French where no English text exists) and honours limit', async () => {
    const response = await hub.api.get('/embed/v1/data/news?department=35&lang=en&limit=1')
    expect(response.body.items).toHaveLength(1)
    const all = await hub.api.get('/embed/v1/data/news?lang=en')
    expect(all.body.items.map((i: { title: string }) => i.title)).toContain('[Demo] Before going on holiday, sign up for the holiday home watch')
  })

  it('carries public caching headers, open CORS, no cookie, and answers If-None-Match with 304', async () => {
    const first = await hub.api.get('/embed/v1/data/news?commune=35238')
    expect(first.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-if-error=\d+$/)
    expect(first.headers['access-control-allow-origin']).toBe('*')
    expect(first.headers['set-cookie']).toBeUndefined()
    const again = await hub.api.get('/embed/v1/data/news?commune=35238').set('If-None-Match', first.headers.etag)
    expect(again.status).toBe(304)
    expect(again.text ?? '').toBe('')
  })

  it('changes as soon as an editor publishes, and drafts never show', async () => {
    const before = await hub.api.get('/embed/v1/data/news?commune=35238')
    await hub.payload.create({
      collection: 'news',
      draft: true,
      data: {
        title: 'Brouillon secret',
        summary: 'x',
        category: 'event',
        scope: { level: 'national' },
        publishedAt: new Date().toISOString(),
        _status: 'draft',
      },
    })
    const withDraft = await hub.api.get('/embed/v1/data/news?commune=35238').set('If-None-Match', before.headers.etag)
    expect(withDraft.status).toBe(304)
    await publishNews('Tout frais publié', { level: 'communes', communes: ['35238'] })
    const after = await hub.api.get('/embed/v1/data/news?commune=35238').set('If-None-Match', before.headers.etag)
    expect(after.status).toBe(200)
    expect(after.body.items[0].title).toBe('Tout frais publié')
  })

  it('does not show an editor drafts even when the request carries their session', async () => {
    const token = await hub.login('admin@test.example', password)
    const response = await hub.api.get('/embed/v1/data/news?limit=50').set('Authorization', `JWT ${token}`)
    expect(response.body.items.map((i: { title: string }) => i.title)).not.toContain('Brouillon secret')
  })

  it.each([
    ['commune=99999', 'commune: unknown INSEE commune code "99999"'],
    ['department=999', 'department: unknown department code "999"'],
    ['commune=35238&department=45', 'department: commune 35238 is not in department 45'],
    ['lang=de', 'lang: must be fr or en'],
    ['limit=0', 'limit: must be a whole number between 1 and 50'],
    ['limit=51', 'limit: must be a whole number between 1 and 50'],
    ['limit=abc', 'limit: must be a whole number between 1 and 50'],
    ['colour=red', 'colour: unknown parameter for the news widget'],
    ['limit=1&limit=2', 'limit: given more than once or as a list (limit[]=); expected one value'],
    ['limit[]=1', 'limit: given more than once or as a list (limit[]=); expected one value'],
  ])('answers 400 naming the parameter for %s', async (query, message) => {
    const response = await hub.api.get(`/embed/v1/data/news?${query}`)
    expect(response.status).toBe(400)
    expect(response.body.detail).toBe(message)
    expect(response.headers['access-control-allow-origin']).toBe('*')
  })
})

describe('GET /embed/v1/data/services', () => {
  it('lists only services available in the commune’s department, with channel availability', async () => {
    const rennes = await hub.api.get('/embed/v1/data/services?commune=35238')
    const slugs = rennes.body.items.map((s: { slug: string }) => s.slug)
    expect(slugs).toContain('thesee')
    expect(slugs).toContain('rendez-vous-gendarmerie')
    expect(slugs).not.toContain('pre-plainte-en-ligne')
    const elsewhere = await hub.api.get('/embed/v1/data/services?department=13')
    expect(elsewhere.body.items.map((s: { slug: string }) => s.slug)).not.toContain('rendez-vous-gendarmerie')
    const cyber = rennes.body.items.find((s: { slug: string }) => s.slug === '17-cyber')
    expect(cyber.channels[0]).toEqual(expect.objectContaining({ availability: '24 h/24, 7 j/7', target: 'https://17cyber.gouv.fr' }))
  })

  it('filters by category, in English on request', async () => {
    const response = await hub.api.get('/embed/v1/data/services?category=report&lang=en')
    expect(response.status).toBe(200)
    expect(response.body.items.length).toBeGreaterThan(0)
    expect(response.body.items.every((s: { category: string }) => s.category === 'report')).toBe(true)
    const pharos = catalogue.services.find((service) => service.slug === 'pharos')!
    expect(response.body.items.find((s: { slug: string }) => s.slug === 'pharos').name).toBe(pharos.en.name)
  })

  it('filters by audience, keeping the services meant for everyone', async () => {
    const response = await hub.api.get('/embed/v1/data/services?commune=35238&audience=organisations')
    const slugs = response.body.items.map((s: { slug: string }) => s.slug)
    expect(slugs).toEqual(expect.arrayContaining(['17-cyber', 'plainte-en-ligne', 'tchat-ma-securite']))
    expect(slugs).not.toContain('thesee')
    expect(slugs).not.toContain('perceval')
    const bad = await hub.api.get('/embed/v1/data/services?audience=aliens')
    expect(bad.status).toBe(400)
    expect(bad.body.detail).toBe('audience: must be one of everyone, victims, witnesses, minors, organisations')
  })

  it('rejects an unknown category', async () => {
    const response = await hub.api.get('/embed/v1/data/services?category=magic')
    expect(response.status).toBe(400)
    expect(response.body.detail).toMatch(/^category: must be one of complaint, /)
  })
})

describe('GET /embed/v1/data/sheet', () => {
  it('returns one sheet with its date, sanitised body, services and sources', async () => {
    const seeded = catalogue.sheets.find((sheet) => sheet.slug === 'fraude-carte-bancaire')!
    const response = await hub.api.get('/embed/v1/data/sheet?slug=fraude-carte-bancaire')
    expect(response.status).toBe(200)
    const { sheet } = response.body
    expect(sheet.title).toBe(seeded.title)
    expect(sheet.updatedAt.slice(0, 10)).toBe(seeded.lastSignificantUpdate)
    expect(sheet.body).toContain('<strong>')
    expect(sheet.body).not.toMatch(/<h\d|<script|style=/)
    expect(sheet.services.map((s: { slug: string }) => s.slug)).toEqual(seeded.services)
    expect(sheet.sources).toEqual(seeded.sources.map(({ title, url }) => ({ title, url })))
  })

  it('lists a theme’s sheets', async () => {
    const response = await hub.api.get('/embed/v1/data/sheet?theme=cybercrime')
    expect(response.body.items.map((s: { slug: string }) => s.slug)).toContain('arnaques-en-ligne-preuves')
  })

  it('answers 404 for an unknown or unpublished sheet and 400 without slug or theme', async () => {
    expect((await hub.api.get('/embed/v1/data/sheet?slug=nope')).body.detail).toBe('slug: no published sheet "nope"')
    const bad = await hub.api.get('/embed/v1/data/sheet')
    expect(bad.status).toBe(400)
    expect(bad.body.detail).toBe('slug: give either slug or theme (exactly one)')
  })
})

describe('GET /embed/v1/data/orienteer', () => {
  it('returns the seeded cyber guide with its outcomes pointing to published services', async () => {
    const response = await hub.api.get('/embed/v1/data/orienteer?guide=cyber')
    expect(response.status).toBe(200)
    const { guide } = response.body
    const cyber = guides.find((seeded) => seeded.slug === 'cyber')!
    expect(guide.start).toBe(cyber.startStep)
    const perceval = guide.outcomes.find((o: { key: string }) => o.key === 'perceval')
    expect(perceval.services.map((s: { acronym: string }) => s.acronym)).toEqual(['PERCEVAL'])
    const english = await hub.api.get('/embed/v1/data/orienteer?guide=cyber&lang=en')
    expect(english.body.guide.steps[0].question).toBe(cyber.steps[0].en.question)
    expect(english.body.guide.steps[0].answers[0].label).toBe(cyber.steps[0].en.answers[0])
  })

  it('answers 404 for an unknown guide', async () => {
    expect((await hub.api.get('/embed/v1/data/orienteer?guide=nope')).status).toBe(404)
  })
})

describe('GET /embed/v1/data/units', () => {
  it('lists the active units of the commune with their hours', async () => {
    const response = await hub.api.get('/embed/v1/data/units?commune=35238')
    expect(response.status).toBe(200)
    const demo = response.body.items.find((u: { name: string }) => u.name === 'Bureau d’aide aux victimes de Rennes (démo)')
    expect(demo).toEqual(expect.objectContaining({ openNow: expect.any(Boolean), week: expect.any(Array) }))
    expect(demo.week).toHaveLength(7)
  })

  it('never lists a closed unit', async () => {
    await createUnit(hub.payload, '35238', 'Brigade fermée de Rennes', { status: 'closed' })
    const response = await hub.api.get('/embed/v1/data/units?commune=35238&limit=50')
    expect(response.body.items.map((u: { name: string }) => u.name)).not.toContain('Brigade fermée de Rennes')
  })

  it('sorts the units near a position by distance', async () => {
    const response = await hub.api.get('/embed/v1/data/units?lat=48.11&lng=-1.68&limit=3')
    const distances = response.body.items.map((u: { distanceKm: number }) => u.distanceKm)
    expect(distances.length).toBeGreaterThan(0)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
  })

  it.each([
    ['', 'commune: required (or lat and lng)'],
    ['lat=123&lng=2', 'lat: must be between -90 and 90'],
    ['lat=48', 'lat: give lat and lng together'],
    ['lat=&lng=', 'lat: must be a decimal number such as 48.11; lng: must be a decimal number such as -1.68'],
    ['lat=0x10&lng=2', 'lat: must be a decimal number such as 48.11'],
    ['lat=48.11&lng=1e1', 'lng: must be a decimal number such as -1.68'],
    ['commune=35238&limit=0x10', 'limit: must be a whole number between 1 and 50'],
  ])('answers 400 for "%s"', async (query, message) => {
    const response = await hub.api.get(`/embed/v1/data/units?${query}`)
    expect(response.status).toBe(400)
    expect(response.body.detail).toBe(message)
  })
})

describe('commune lookup for the snippet builder', () => {
  it('resolves a name or a postcode to INSEE codes', async () => {
    const byName = await hub.api.get('/embed/v1/communes?q=rennes')
    expect(byName.body.communes[0]).toEqual(expect.objectContaining({ code: '35238', name: 'Rennes', department: '35' }))
    const byPostcode = await hub.api.get('/embed/v1/communes?q=45000')
    expect(byPostcode.body.communes.map((c: { code: string }) => c.code)).toContain('45234')
    expect((await hub.api.get('/embed/v1/communes')).status).toBe(400)
  })
})
