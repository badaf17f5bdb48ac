import fs from 'node:fs'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Hub, startHub } from './helpers/hub'
import { createPeople, password, people } from './helpers/fixtures'

let hub: Hub
let token: string

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  token = await hub.login(people.editor.email, password)
})
afterAll(async () => {
  await hub?.close()
})

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** The field paths and messages of a Payload validation error. */
const fieldErrors = (body: ErrorBody) => body.errors.flatMap((e) => e.data?.errors ?? [])

const unit = (overrides: Record<string, unknown>) => ({
  name: 'Brigade de test',
  kind: 'gendarmerie-brigade',
  force: 'gendarmerie',
  address: { commune: 'Rennes', inseeCode: '35238' },
  ...overrides,
})

describe('units', () => {
  it('refuses an invalid opening_hours string with a 400 naming the field', async () => {
    const response = await hub.api
      .post('/api/units')
      .set('Authorization', `JWT ${token}`)
      .send(unit({ openingHours: 'Mo-Fr 25:00-12:00' }))
    expect(response.status).toBe(400)
    const errors = fieldErrors(response.body)
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'openingHours',
        message: expect.stringMatching(/^Horaires illisibles : « 25:00 » n’est pas une heure de la journée/),
      }),
    ])
    expect(await hub.payload.count({ collection: 'units' })).toMatchObject({ totalDocs: 0 })
  })

  it('refuses an unknown INSEE code with a 400 naming the field', async () => {
    const response = await hub.api
      .post('/api/units')
      .set('Authorization', `JWT ${token}`)
      .send(unit({ address: { commune: 'Nulle part', inseeCode: '99999' } }))
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(
      expect.objectContaining({ path: 'address.inseeCode', message: expect.stringMatching(/^Code INSEE inconnu : 99999\./) }),
    )
  })

  it('refuses coordinates out of range', async () => {
    const response = await hub.api
      .post('/api/units')
      .set('Authorization', `JWT ${token}`)
      .send(unit({ location: { latitude: 123, longitude: 2 } }))
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(expect.objectContaining({ path: 'location.latitude' }))
  })

  it('accepts valid hours, derives the department from the INSEE code', async () => {
    const response = await hub.api
      .post('/api/units')
      .set('Authorization', `JWT ${token}`)
      .send(unit({ openingHours: 'Mo-Fr 08:00-12:00,14:00-18:00; PH off', address: { commune: 'Orléans', inseeCode: '45234' } }))
    expect(response.status).toBe(201)
    expect(response.body.doc.address.department).toBe('45')
    expect(response.body.doc.openingHours).toBe('Mo-Fr 08:00-12:00,14:00-18:00; PH off')
  })
})

describe('services', () => {
  const service = (overrides: Record<string, unknown>) => ({
    name: 'Service de test',
    summary: 'Résumé',
    url: 'https://www.service-public.fr/',
    category: 'report',
    operator: 'ministry',
    coverage: { scope: 'national' },
    _status: 'published',
    ...overrides,
  })

  it('derives the slug from the name', async () => {
    const response = await hub.api
      .post('/api/services')
      .set('Authorization', `JWT ${token}`)
      .send(service({ name: 'Pré-plainte en ligne (essai)' }))
    expect(response.status).toBe(201)
    expect(response.body.doc.slug).toBe('pre-plainte-en-ligne-essai')
  })

  it('refuses a departmental coverage without departments, and unknown department codes', async () => {
    const empty = await hub.api
      .post('/api/services')
      .set('Authorization', `JWT ${token}`)
      .send(service({ name: 'Sans département', coverage: { scope: 'departments', departments: [] } }))
    expect(empty.status).toBe(400)
    expect(fieldErrors(empty.body)).toContainEqual(expect.objectContaining({ path: 'coverage.departments' }))

    const unknown = await hub.api
      .post('/api/services')
      .set('Authorization', `JWT ${token}`)
      .send(service({ name: 'Département inconnu', coverage: { scope: 'departments', departments: ['35', '00'] } }))
    expect(unknown.status).toBe(400)
    expect(fieldErrors(unknown.body)).toContainEqual(
      expect.objectContaining({ path: 'coverage.departments', message: expect.stringContaining('00') }),
    )
  })

  it('refuses a replaced service that does not name its replacement', async () => {
    const response = await hub.api
      .post('/api/services')
      .set('Authorization', `JWT ${token}`)
      .send(service({ name: 'Ancien service', status: 'replaced' }))
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(expect.objectContaining({ path: 'replacedBy' }))
  })

  it('refuses a URL that is not http(s) and a channel phone that is not a number', async () => {
    const response = await hub.api
      .post('/api/services')
      .set('Authorization', `JWT ${token}`)
      .send(
        service({
          name: 'Mauvaises adresses',
          url: 'javascript:alert(1)',
          channels: [{ kind: 'phone', target: 'appelez-nous', availability: 'office-hours' }],
        }),
      )
    expect(response.status).toBe(400)
    const paths = fieldErrors(response.body).map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['url', 'channels.0.target']))
  })
})

describe('media', () => {
  it('refuses an image without alt text with a 400 naming the field', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const response = await hub.api
      .post('/api/media')
      .set('Authorization', `JWT ${token}`)
      .attach('file', png, { filename: 'sans-alt.png', contentType: 'image/png' })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(expect.objectContaining({ path: 'alt' }))
  })

  it('generates the thumbnail, card and 1200×630 share sizes', async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#aa3322' } })
      .jpeg()
      .toBuffer()
    const response = await hub.api
      .post('/api/media')
      .set('Authorization', `JWT ${token}`)
      .field('_payload', JSON.stringify({ alt: 'Une façade de commissariat' }))
      .attach('file', jpeg, { filename: 'facade.jpg', contentType: 'image/jpeg' })
    expect(response.status).toBe(201)
    const sizes = response.body.doc.sizes
    expect(sizes.thumbnail).toMatchObject({ width: 320, height: 240 })
    expect(sizes.card).toMatchObject({ width: 768, height: 432 })
    expect(sizes.share).toMatchObject({ width: 1200, height: 630 })
    const file = `${hub.mediaDir}/${sizes.share.filename}`
    expect(fs.existsSync(file)).toBe(true)
    expect(await sharp(file).metadata()).toMatchObject({ width: 1200, height: 630 })
  })
})

describe('users', () => {
  it('refuses a local editor without departments', async () => {
    const adminToken = await hub.login(people.admin.email, password)
    const response = await hub.api
      .post('/api/users')
      .set('Authorization', `JWT ${adminToken}`)
      .send({ email: 'sans-territoire@test.example', name: 'x', password, role: 'local-editor', departments: [] })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(expect.objectContaining({ path: 'departments' }))
  })
})
