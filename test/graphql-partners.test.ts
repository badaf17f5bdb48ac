import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

let hub: Hub
let partnerAuthorization: string

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')
const persistedGet = (query: string, variables?: Record<string, unknown>) => {
  const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }) })
  if (variables) params.set('variables', JSON.stringify(variables))
  return hub.api.get(`/api/graphql?${params}`)
}
const register = (query: string, variables?: Record<string, unknown>) =>
  hub.api.post('/api/graphql').send({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } })

beforeAll(async () => {
  hub = await startHub()
  const base = { summary: 'x', category: 'event', scope: { level: 'national' }, publishedAt: new Date(Date.now() - 60_000).toISOString() } as const
  const published = await hub.payload.create({ collection: 'news', data: { ...base, title: 'Publiée', _status: 'published' } as News })
  await hub.payload.update({ collection: 'news', id: published.id, draft: true, data: { title: 'Publiée, brouillon en cours', _status: 'draft' } })
  await hub.payload.create({ collection: 'news', draft: true, data: { ...base, title: 'Brouillon seul', _status: 'draft' } })
  const service = {
    summary: 'x',
    url: 'https://example.org',
    category: 'appointment',
    operator: 'gendarmerie',
    status: 'active',
    _status: 'published',
  } as const
  await hub.payload.create({ collection: 'services', data: { ...service, name: 'Partout', coverage: { scope: 'national' } } })
  await hub.payload.create({
    collection: 'services',
    data: { ...service, name: 'Loiret seulement', coverage: { scope: 'departments', departments: ['45'] } },
  })
  partnerAuthorization = (await createPartner(hub.payload, 'Ville de Rennes')).authorization
})
afterAll(async () => {
  await hub?.close()
})

const newsQuery = 'query News($limit: Int) { allNews(limit: $limit) { docs { title } } }'

describe('persisted queries', () => {
  it('answer an unknown hash with PersistedQueryNotFound, then register and serve it by GET with caching headers', async () => {
    const unknown = await persistedGet(newsQuery, { limit: 5 })
    expect(unknown.status).toBe(200)
    expect(unknown.body.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })

    const registered = await register(newsQuery, { limit: 5 })
    expect(registered.status).toBe(200)
    expect(registered.body.data.allNews.docs).toEqual([{ title: 'Publiée' }])

    const cached = await persistedGet(newsQuery, { limit: 5 })
    expect(cached.status).toBe(200)
    expect(cached.body.data.allNews.docs).toEqual([{ title: 'Publiée' }])
    expect(cached.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/)
    expect(cached.headers.vary).toContain('Authorization')
    expect(cached.headers.etag).toBeTruthy()
    const again = await persistedGet(newsQuery, { limit: 5 }).set('If-None-Match', cached.headers.etag)
    expect(again.status).toBe(304)
  })

  it('keep a partner’s answers private to its own client', async () => {
    await register(newsQuery)
    const response = await persistedGet(newsQuery).set('Authorization', partnerAuthorization)
    expect(response.status).toBe(200)
    expect(response.headers['cache-control']).toBe('private, no-cache')
  })

  it('refuse a hash that does not match the query, and mutations over GET', async () => {
    const mismatch = await hub.api
      .post('/api/graphql')
      .send({ query: newsQuery, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('other') } } })
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.errors[0].message).toContain('sha256Hash')
    const mutation = 'mutation { createNews(data: { title: "x" }) { id } }'
    await register(mutation)
    // A query that did not run (an anonymous reader may not create news) is never kept.
    expect((await persistedGet(mutation)).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    const viaGet = await hub.api.get('/api/graphql').query({ query: mutation })
    expect(viaGet.status).toBe(405)
    const badParam = await hub.api.get('/api/graphql?variables=notjson&query=%7B__typename%7D')
    expect(badParam.status).toBe(400)
    expect(badParam.body.errors[0].message).toContain('variables')
  })

  it('never show drafts to anonymous readers, even when asked for them', async () => {
    const drafts = 'query { allNews(draft: true) { docs { title } } }'
    const post = await hub.api.post('/api/graphql').send({ query: drafts })
    const titles = (post.body.data?.allNews?.docs ?? []).map((d: { title: string }) => d.title)
    expect(titles).not.toContain('Brouillon seul')
    expect(titles).not.toContain('Publiée, brouillon en cours')
    await register(drafts)
    expect(JSON.stringify((await persistedGet(drafts)).body)).not.toContain('brouillon')
  })
})

describe('query limits', () => {
  it('refuse a query deeper than the limit before running it, naming the limit', async () => {
    const deep =
      '{ Sheets { docs { relatedSheets { relatedSheets { relatedSheets { relatedSheets { relatedSheets { relatedSheets { title } } } } } } } } }'
    const response = await hub.api.post('/api/graphql').send({ query: deep })
    expect(response.body.errors[0].message).toMatch(/Query depth limit of 8 exceeded/)
    expect(response.body.data).toBeUndefined()
  })

  it('refuse too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: allNews { totalDocs }`).join(' ')
    const response = await hub.api.post('/api/graphql').send({ query: `{ ${aliases} }` })
    expect(response.body.errors[0].message).toMatch(/Aliases limit of 15 exceeded/)
  })

  it('turn introspection off in production', async () => {
    const previous = process.env.NODE_ENV
    Object.assign(process.env, { NODE_ENV: 'production' })
    try {
      const response = await hub.api.post('/api/graphql').send({ query: '{ __schema { types { name } } }' })
      expect(response.body.errors[0].message).toMatch(/introspection/i)
    } finally {
      Object.assign(process.env, { NODE_ENV: previous })
    }
  })
})

describe('services available in a department', () => {
  it('lists national services and those of the department, and names a bad department', async () => {
    const query = 'query ($d: String!) { ServicesAvailableIn(department: $d) { totalDocs docs { name } } }'
    const loiret = await hub.api.post('/api/graphql').send({ query, variables: { d: '45' } })
    expect(loiret.body.data.ServicesAvailableIn.docs.map((d: { name: string }) => d.name)).toEqual(['Loiret seulement', 'Partout'])
    const rennes = await hub.api.post('/api/graphql').send({ query, variables: { d: '35' } })
    expect(rennes.body.data.ServicesAvailableIn.docs.map((d: { name: string }) => d.name)).toEqual(['Partout'])
    const bad = await hub.api.post('/api/graphql').send({ query, variables: { d: '999' } })
    expect(bad.body.errors[0].message).toBe('department: unknown department code "999"')
  })
})

describe('public REST reads', () => {
  it('carry Cache-Control and an ETag for anonymous readers and answer 304', async () => {
    const first = await hub.api.get('/api/news?limit=5')
    expect(first.status).toBe(200)
    expect(first.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=60/)
    expect(first.headers['access-control-allow-origin']).toBe('*')
    const etag = first.headers.etag
    expect((await hub.api.get('/api/news?limit=5').set('If-None-Match', etag)).status).toBe(304)
    const fresh = await hub.payload.create({
      collection: 'news',
      data: {
        title: 'Toute nouvelle',
        summary: 'x',
        category: 'event',
        scope: { level: 'national' },
        publishedAt: new Date(Date.now() - 1000).toISOString(),
        _status: 'published',
      } as News,
    })
    const changed = await hub.api.get('/api/news?limit=5').set('If-None-Match', etag)
    expect(changed.status).toBe(200)
    expect(changed.body.docs.map((d: { id: number }) => d.id)).toContain(fresh.id)
  })

  it('never serve drafts to anonymous readers asking for them', async () => {
    const response = await hub.api.get('/api/news?draft=true&limit=50')
    expect(JSON.stringify(response.body)).not.toContain('rouillon')
  })

  it('are private for a partner key', async () => {
    const response = await hub.api.get('/api/news').set('Authorization', partnerAuthorization)
    expect(response.headers['cache-control']).toBe('private, no-cache')
    expect(response.headers.etag).toBeTruthy()
  })
})
