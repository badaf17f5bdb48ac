import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Unit } from '../payload-types'
import { readSettings } from '../src/lib/settings'
import { createPeople, createUnit, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

// Pages of the hub's own origin (its SERVER_URL) may use an editor's session, no other page may.
let hubOrigin: string
let port: number

let hub: Hub
let cookie: string
let setCookie: string
let token: string
let unit: Unit

const phone = async () => (await hub.payload.findByID({ collection: 'units', id: unit.id })).phone

beforeAll(async () => {
  hub = await startHub()
  hubOrigin = hub.url
  port = Number(new URL(hub.url).port)
  await createPeople(hub.payload)
  const login = await hub.api.post('/api/users/login').set('Origin', hubOrigin).send({ email: people.editor.email, password })
  setCookie = login.headers['set-cookie'][0]
  cookie = setCookie.split(';')[0]
  token = login.body.token
  unit = await createUnit(hub.payload, '35238', 'Brigade de Rennes (CSRF)')
})
afterAll(async () => {
  await hub?.close()
})

describe('an editor session cookie', () => {
  it('is not Secure when the hub is served over plain http, or browsers would never send it back', () => {
    expect(setCookie).toMatch(/; HttpOnly/)
    expect(setCookie).not.toMatch(/; Secure/)
  })

  it('writes from a page of the hub', async () => {
    const response = await hub.api.patch(`/api/units/${unit.id}`).set('Cookie', cookie).set('Origin', hubOrigin).send({ phone: '+33 2 99 00 00 01' })
    expect(response.status).toBe(200)
    expect(await phone()).toBe('+33 2 99 00 00 01')
  })

  it('writes nothing from another site, nor from another port of the same host', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const response = await hub.api.patch(`/api/units/${unit.id}`).set('Cookie', cookie).set('Origin', origin).send({ phone: '+33 6 66 66 66 66' })
      expect(response.status, origin).toBe(403)
    }
    const graphql = await hub.api
      .post('/api/graphql')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .send({ query: `mutation { updateUnit(id: ${unit.id}, data: { phone: "+33 6 66 66 66 66" }) { id } }` })
    expect(graphql.body.errors[0].message).toMatch(/not allowed|pas autorisé/i)
    expect(await phone()).toBe('+33 2 99 00 00 01')
  })

  it('writes nothing from a cross-site request that hides its Origin', async () => {
    const response = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set('Cookie', cookie)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ phone: '+33 6 66 66 66 66' })
    expect(response.status).toBe(403)
    expect(await phone()).toBe('+33 2 99 00 00 01')
  })

  it('sends no multipart form from another site, though the admin sends its own forms that way', async () => {
    const foreign = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .field('_payload', JSON.stringify({ phone: '+33 6 66 66 66 66' }))
    expect(foreign.status).toBe(403)
    const admin = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set('Cookie', cookie)
      .set('Origin', hubOrigin)
      .field('_payload', JSON.stringify({ phone: '+33 2 99 00 00 02' }))
    expect(admin.status).toBe(200)
    expect(await phone()).toBe('+33 2 99 00 00 02')
  })
})

describe('bodies a page of any site can send without asking (no CORS preflight)', () => {
  it('are refused on GraphQL and REST writes, whatever the origin and credentials', async () => {
    const mutation = JSON.stringify({ query: `mutation { updateUnit(id: ${unit.id}, data: { phone: "+33 6 66 66 66 66" }) { id } }` })
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const graphql = await hub.api.post('/api/graphql').set('Cookie', cookie).set('Origin', hubOrigin).set('Content-Type', type).send(mutation)
      expect(graphql.status, type).toBe(415)
      expect(graphql.body.errors[0].message).toMatch(/^Content-Type: send application\/json/)
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const rest = await hub.api
        .patch(`/api/units/${unit.id}`)
        .set('Authorization', `JWT ${token}`)
        .set('Content-Type', type)
        .send('{"phone":"+33 6 66 66 66 66"}')
      expect(rest.status, type).toBe(415)
    }
    expect(await phone()).toBe('+33 2 99 00 00 02')
  })
})

describe('credentials a browser never sends on its own', () => {
  it('write from any origin: an Authorization header is not a cookie', async () => {
    const response = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set('Authorization', `JWT ${token}`)
      .set('Origin', 'https://outil-interne.example')
      .send({ phone: '+33 2 99 00 00 03' })
    expect(response.status).toBe(200)
  })
})

describe('the origins allowed to use a session', () => {
  it('are the public origin when SERVER_URL is set, else the local addresses of npm start', () => {
    const secret = 'relais-test-secret-0123456789'
    const sessionOrigins = (env: Record<string, string>) => readSettings({ PAYLOAD_SECRET: secret, ...env }).sessionOrigins
    expect(sessionOrigins({ SERVER_URL: 'https://relais.interieur.gouv.fr/', PORT: '3000' })).toEqual(['https://relais.interieur.gouv.fr'])
    expect(sessionOrigins({ PORT: '4123' })).toEqual(['http://localhost:4123', 'http://127.0.0.1:4123', 'http://[::1]:4123'])
  })
})
