import crypto from 'node:crypto'
import http from 'node:http'

import { parse } from 'graphql'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { News } from '../payload-types'
import { seed } from '../seed'
import { fragmentCycles } from '../src/edge/fragmentCycles'
import { persistedQueryStore } from '../src/edge/persistedQueries'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

let hub: Hub
let editorToken: string
let partnerAuthorization: string

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')

/** A Lexical document of one paragraph of `length` characters. */
const longBody = (length: number) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text: 'x'.repeat(length), format: 0, style: '', mode: 'normal', detail: 0 }],
      },
    ],
  },
})

beforeAll(async () => {
  hub = await startHub()
  // The catalogue: sheets linked to sheets linked to services, to read at each depth.
  await seed(hub.payload, { demo: false, demoPassword: password })
  await createPeople(hub.payload)
  editorToken = await hub.login(people.editor.email, password)
  const partner = await createPartner(hub.payload, 'Appli de test')
  partnerAuthorization = partner.authorization
  // Five long news items: a page of them is over the 4 MB a reader's answer may be.
  for (let i = 0; i < 5; i++) {
    await hub.payload.create({
      collection: 'news',
      data: {
        title: `Longue actualité ${i}`,
        summary: 'Résumé',
        category: 'event',
        scope: { level: 'national' },
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        body: longBody(900_000),
        _status: 'published',
      } as unknown as News,
    })
  }
}, 120_000)

afterAll(async () => {
  await hub?.close()
})

/** A POST of `bytes` bytes of `{a,a,a,…}` in a JSON body, timed. */
async function postBraces(bytes: number, chunked: boolean): Promise<{ status: number; ms: number; body: string }> {
  const query = `{${'a,'.repeat(Math.floor((bytes - 16) / 2))}a}`
  const body = Buffer.from(JSON.stringify({ query }))
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.request(`${hub.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': body.byteLength }) },
    })
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString() }))
    })
    // The hub may answer and close before the whole body is sent: that is the point.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
    request.end(body)
  })
}

describe('what one GraphQL request may cost', () => {
  it('refuses a 4 MB anonymous query before reading it, declared or chunked', async () => {
    for (const chunked of [false, true]) {
      const answer = await postBraces(4 * 1024 * 1024, chunked)
      expect(answer.status, answer.body.slice(0, 200)).toBe(413)
      expect(answer.body).toContain('body: at most')
      expect(answer.ms).toBeLessThan(1000)
    }
  })

  it('refuses a query over its length or its tokens before parsing it, naming the bound', async () => {
    const long = await hub.graphql(`{ ${'__typename '.repeat(2000)}}`)
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toBe('query: at most 20000 characters (got 22003)')
    const tokens = await hub.graphql(`{${'a,'.repeat(4000)}a}`)
    expect(tokens.status).toBe(400)
    expect(tokens.body.errors[0].message).toBe('query: at most 3000 tokens')
  })

  it('finds fragment cycles in 20,000 chained fragments without overflowing the stack', () => {
    const count = 20_000
    const chain = Array.from({ length: count }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % count} }`).join('\n')
    const errors = fragmentCycles(parse(`query { ...F0 }\n${chain}`))
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^Cannot spread fragment "F0" within itself via "F1", "F2", /)
  })

  it('keeps a persisted query only once it ran, and only so many per caller', async () => {
    const junk = 'x'.repeat(1000)
    await hub.api.post('/api/graphql').send({ query: junk, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(junk) } } })
    const lookup = (query: string, address = '198.51.100.1') =>
      hub.api
        .get('/api/graphql')
        .set('X-Forwarded-For', address)
        .query({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }) })
    expect((await lookup(junk)).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')

    const register = (query: string, address: string) =>
      hub.api
        .post('/api/graphql')
        .set('X-Forwarded-For', address)
        .send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } })
    // Each query different, each valid: one address registers 100 in an hour, no more.
    for (let i = 0; i < 101; i++) expect((await register(`query Q${i} { __typename }`, '198.51.100.2')).status).toBe(200)
    expect((await lookup('query Q99 { __typename }')).body).toEqual({ data: { __typename: 'Query' } })
    expect((await lookup('query Q100 { __typename }')).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    await register('query Q100 { __typename }', '198.51.100.3')
    expect((await lookup('query Q100 { __typename }')).body).toEqual({ data: { __typename: 'Query' } })
  }, 60_000)

  it('keeps no more queries than its total, in memory and in Redis', async () => {
    const prefix = `relais-test-pq-${process.pid}-${Date.now()}`
    for (const redisUrl of [undefined, process.env.REDIS_URL || 'redis://127.0.0.1:6379']) {
      const store = persistedQueryStore({ redisUrl, prefix, limits: { maxEntries: 3, perCallerPerHour: 100, ttlSeconds: 60 } })
      try {
        for (let i = 0; i < 3; i++) expect(await store.register(`h${i}`, `q${i}`, `caller${i}`)).toBe('stored')
        expect(await store.register('h3', 'q3', 'caller3')).toBe('full')
        expect(await store.get('h3')).toBeUndefined()
        expect(await store.get('h0')).toBe('q0')
      } finally {
        await store.close()
      }
    }
  })
})

describe('what one REST read may cost', () => {
  it('caps depth at what reader pages need for readers and partners, not for editors', async () => {
    for (const headers of [{}, { Authorization: partnerAuthorization }]) {
      const deep = await hub.api.get('/api/news?depth=10&limit=1').set(headers)
      expect(deep.status).toBe(400)
      expect(deep.body.detail).toBe('depth: must be a whole number between 0 and 2')
    }
    expect((await hub.api.get('/api/news?depth=10&limit=1').set('Authorization', `JWT ${editorToken}`)).status).toBe(200)
  })

  it('reads one level of links for a reader or partner who names no depth; depth=2 still reaches further', async () => {
    type Linked = { relatedSheets?: ({ relatedServices?: unknown[] } | number)[] }
    const nestedServices = (docs: Linked[]) =>
      docs.flatMap((sheet) => sheet.relatedSheets ?? []).flatMap((related) => (typeof related === 'object' ? (related.relatedServices ?? []) : []))
    for (const headers of [{}, { Authorization: partnerAuthorization }]) {
      const plain = await hub.api.get('/api/sheets?limit=100').set(headers)
      expect(plain.status).toBe(200)
      const linked = (plain.body.docs as Linked[]).flatMap((sheet) => sheet.relatedSheets ?? [])
      expect(linked.length).toBeGreaterThan(0)
      expect(linked.every((related) => typeof related === 'object')).toBe(true)
      const services = nestedServices(plain.body.docs as Linked[])
      expect(services.length).toBeGreaterThan(0)
      expect(services.every((service) => typeof service === 'number')).toBe(true)
      const deeper = await hub.api.get('/api/sheets?limit=100&depth=2').set(headers)
      expect(nestedServices(deeper.body.docs as Linked[]).every((service) => typeof service === 'object')).toBe(true)
    }
    // Editors keep Payload's default.
    const staff = await hub.api.get('/api/sheets?limit=100&draft=true').set('Authorization', `JWT ${editorToken}`)
    expect(nestedServices(staff.body.docs as Linked[]).some((service) => typeof service === 'object')).toBe(true)
  })

  it('refuses an answer over the reader’s budget, naming it, rather than sending megabytes', async () => {
    for (const headers of [{}, { Authorization: partnerAuthorization }]) {
      const page = await hub.api.get('/api/news?limit=5').set(headers)
      expect(page.status).toBe(400)
      expect(page.body.detail).toMatch(/^answer: larger than the 4 MB a reader's answer may be \(4\.\d MB\); ask fewer documents \(limit\)/)
    }
    expect((await hub.api.get('/api/news?limit=2')).status).toBe(200)
    expect((await hub.api.get('/api/news?limit=5').set('Authorization', `JWT ${editorToken}`)).status).toBe(200)
  })
})

describe('what guessing may cost', () => {
  it('counts login attempts per address before any password is hashed', async () => {
    const attempt = (address: string) => hub.api.post('/api/users/login').set('X-Forwarded-For', address).send({ email: 'nobody@test.example' })
    for (let i = 0; i < 30; i++) expect((await attempt('198.51.100.20')).status).not.toBe(429)
    const refused = await attempt('198.51.100.20')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.body.detail).toMatch(/^Too many login attempts \(at most 30 a minute\) from this address; retry in \d+ s$/)
    expect((await attempt('198.51.100.21')).status).not.toBe(429)
  })

  it('counts unknown API keys per address, and stops looking them up past ten', async () => {
    const lookups = vi.spyOn(hub.payload, 'auth')
    const withKey = (address: string, key: string) =>
      hub.api.get('/api/news?limit=1').set('X-Forwarded-For', address).set('Authorization', `partners API-Key ${key}`)
    for (let i = 0; i < 10; i++) expect((await withKey('198.51.100.30', crypto.randomUUID())).status).toBe(401)
    const before = lookups.mock.calls.length
    const refused = await withKey('198.51.100.30', crypto.randomUUID())
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.body.detail).toMatch(/^Too many unknown or revoked API keys from this address; retry in \d+ s$/)
    // Over GraphQL and on writes too, and without any look-up.
    expect(
      (
        await hub.api
          .post('/api/graphql')
          .set('X-Forwarded-For', '198.51.100.30')
          .set('Authorization', 'partners API-Key x')
          .send({ query: '{ __typename }' })
      ).status,
    ).toBe(429)
    expect((await hub.api.post('/api/news').set('X-Forwarded-For', '198.51.100.30').set('Authorization', 'partners API-Key x').send({})).status).toBe(
      429,
    )
    expect(lookups.mock.calls.length).toBe(before)
    lookups.mockRestore()
    expect((await hub.api.get('/api/news?limit=1').set('X-Forwarded-For', '198.51.100.31').set('Authorization', partnerAuthorization)).status).toBe(
      200,
    )
  })
})
