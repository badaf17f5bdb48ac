import http from 'node:http'
import zlib from 'node:zlib'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { News } from '../payload-types'
import { createPeople, newsData, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

let hub: Hub
let editorToken: string
let published: News

const publish = (title: string, scope: News['scope'], extra: Partial<News> = {}) =>
  hub.payload.create({ collection: 'news', data: newsData(title, scope, extra) })

const cached = (path: string) => hub.edge.cache.get(path)

/** The bytes as sent, which fetch and supertest would decompress on their own. */
const rawGet = (url: string, headers: Record<string, string>) =>
  new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  editorToken = await hub.login(people.editor.email, password)
  published = await publish('Version publiée', { level: 'departments', departments: ['35'] })
  // An editor's draft saved over the published version: only editors may ever see it.
  await hub.payload.update({ collection: 'news', id: published.id, draft: true, data: { title: 'Brouillon secret' } })
})
afterAll(async () => {
  await hub?.close()
})

describe('who is calling', () => {
  const draftPath = () => `/api/news/${published.id}?draft=true`
  let partnerKey = ''
  const variants: [string, () => Record<string, string>, string][] = [
    ['Authorization: JWT', () => ({ Authorization: `JWT ${editorToken}` }), 'private, no-store'],
    ['Authorization: Bearer', () => ({ Authorization: `Bearer ${editorToken}` }), 'private, no-store'],
    ['a partner API key', () => ({ Authorization: partnerKey }), 'private, no-cache'],
    ['a session cookie', () => ({ Cookie: `payload-token=${editorToken}` }), 'private, no-store'],
    ['a session cookie with a space before =', () => ({ Cookie: `payload-token =${editorToken}` }), 'private, no-store'],
    ['several cookies', () => ({ Cookie: `theme=dark; payload-token=${editorToken}; lang=fr` }), 'private, no-store'],
    ['a session cookie Payload rejects', () => ({ Cookie: 'payload-token=not-a-token' }), 'private, no-store'],
    ['an Authorization header of another scheme', () => ({ Authorization: 'Basic dXNlcjpwYXNz' }), 'private, no-store'],
  ]

  beforeAll(async () => {
    partnerKey = (await createPartner(hub.payload, 'Application')).authorization
  })

  it.each(variants)('%s: the answer is private, never kept, and an anonymous reader never gets it', async (_, headers, cacheControl) => {
    hub.edge.cache.clear()
    const credentialed = await hub.api.get(draftPath()).set(headers())
    expect(credentialed.headers['cache-control']).toBe(cacheControl)
    expect(credentialed.headers['surrogate-key']).toBeUndefined()
    expect(cached(draftPath())).toBeUndefined()
    const anonymous = await hub.api.get(draftPath())
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.title).toBe('Version publiée')
    expect(anonymous.body._status).toBe('published')
    expect(anonymous.headers['cache-control']).toMatch(/^public, /)
  })

  it.each([
    ['empty', '', 'empty or malformed'],
    ['blank', '   ', 'empty or malformed'],
    ['a scheme alone', 'JWT', 'empty or malformed'],
    ['three words', 'Bearer a b', 'empty or malformed'],
    // HTTP drops the space after it: a client sending `partners API-Key ` with no key.
    ['an API-Key scheme with no key', 'partners API-Key ', 'no API key'],
    ['a token that does not verify', 'JWT not-a-token', 'invalid or expired'],
    ['a bearer token that does not verify', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x', 'invalid or expired'],
  ])('an Authorization value %s is refused with a 401 naming it, never read as anonymous', async (_, value, says) => {
    const response = await hub.api.get(draftPath()).set('Authorization', value)
    expect(response.status).toBe(401)
    expect(response.body.detail).toMatch(new RegExp(`^Authorization: .*${says}`))
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('an editor reading with a session sees the draft, and it is not shared', async () => {
    // From the hub's own pages, as a browser sends it (a cookie from another origin is refused).
    const editor = await hub.api.get(draftPath()).set('Cookie', `payload-token =${editorToken}`).set('Origin', hub.url)
    expect(editor.body.title).toBe('Brouillon secret')
    expect((await hub.api.get(draftPath())).body.title).toBe('Version publiée')
  })

  it('a partner key: private but revalidatable, with its own CORS origin', async () => {
    const { authorization } = await createPartner(hub.payload, 'Ville', { allowedOrigins: ['https://ville.example'] })
    const response = await hub.api.get('/api/news').set('Authorization', authorization).set('Origin', 'https://ville.example')
    expect(response.status).toBe(200)
    expect(response.headers['cache-control']).toBe('private, no-cache')
    expect(response.headers['access-control-allow-origin']).toBe('https://ville.example')
    expect(response.headers.vary).toContain('Origin')
  })
})

describe('links never come from the request', () => {
  it('a foreign Host or X-Forwarded-Host gets the bytes every reader gets, with the configured origin', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const image = await hub.payload.create({
      collection: 'media',
      data: { alt: 'Affiche' },
      file: { data: png, mimetype: 'image/png', name: 'affiche.png', size: png.length },
    })
    await publish('Avec image', { level: 'national' }, { image: image.id })
    hub.edge.cache.clear()
    const poisoned = await hub.api
      .get('/embed/v1/data/news')
      .set('Host', 'attacker.example:8080')
      .set('X-Forwarded-Host', 'attacker.example')
      .set('Forwarded', 'host=attacker.example')
    const ordinary = await hub.api.get('/embed/v1/data/news')
    expect(ordinary.text).toBe(poisoned.text)
    expect(ordinary.headers.etag).toBe(poisoned.headers.etag)
    const item = ordinary.body.items.find((i: { title: string }) => i.title === 'Avec image')
    expect(item.image.url.startsWith(`${hub.url}/`)).toBe(true)
    expect(ordinary.text).not.toContain('attacker')
  })
})

describe('headers a shared cache understands', () => {
  it('public answers: Cache-Control with s-maxage and stale-if-error, a strong ETag, a short Vary, tags, no X-Powered-By', async () => {
    const response = await hub.api.get('/api/news?limit=5')
    expect(response.headers['cache-control']).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-if-error=\d+$/)
    expect(response.headers.etag).toMatch(/^"[^"]+"$/)
    expect(response.headers.vary).toBe('Accept-Encoding, Authorization, Cookie')
    expect(Buffer.byteLength(response.headers.vary)).toBeLessThan(128)
    expect(response.headers['x-powered-by']).toBeUndefined()
    expect(response.headers['surrogate-key']?.split(' ')).toEqual(expect.arrayContaining(['news', 'media', 'units']))
    expect(response.headers['last-modified']).toMatch(/GMT$/)
  })

  it('a document read by id is tagged with that document', async () => {
    const response = await hub.api.get(`/api/news/${published.id}?depth=0`)
    expect(response.headers['surrogate-key']?.split(' ')).toEqual([`news:${published.id}`])
  })

  it('revalidation: 304 on the ETag, and on Last-Modified when no ETag is sent', async () => {
    const first = await hub.api.get('/feeds/news.rss')
    expect((await hub.api.get('/feeds/news.rss').set('If-None-Match', first.headers.etag)).status).toBe(304)
    expect((await hub.api.get('/feeds/news.rss').set('If-None-Match', `W/${first.headers.etag}`)).status).toBe(304)
    expect((await hub.api.get('/feeds/news.rss').set('If-Modified-Since', first.headers['last-modified'])).status).toBe(304)
    expect((await hub.api.get('/feeds/news.rss').set('If-Modified-Since', 'Mon, 01 Jan 2001 00:00:00 GMT')).status).toBe(200)
  })

  it('compresses for clients that accept it, with a validator of its own', async () => {
    const path = '/api/news?limit=10&depth=2'
    const brotli = await rawGet(`${hub.url}${path}`, { 'Accept-Encoding': 'br' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(JSON.parse(zlib.brotliDecompressSync(brotli.body).toString()).docs.length).toBeGreaterThan(0)
    const plain = await hub.api.get(path).set('Accept-Encoding', 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(brotli.headers.etag).not.toBe(plain.headers.etag)
    expect((await hub.api.get(path).set('Accept-Encoding', 'br').set('If-None-Match', String(brotli.headers.etag))).status).toBe(304)
    expect((await hub.api.get(path).set('Accept-Encoding', 'gzip').set('If-None-Match', plain.headers.etag)).status).toBe(304)
  })

  it('media files are cacheable with validators', async () => {
    const { docs } = await hub.payload.find({ collection: 'media', limit: 1 })
    const response = await hub.api.get(`/api/media/file/${docs[0].filename}`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('image/png')
    expect(response.headers['cache-control']).toMatch(/^public, /)
    expect(response.headers.etag).toBeDefined()
    expect(response.headers['surrogate-key']).toBe(`media-file:${docs[0].filename}`)
    expect((await hub.api.get(`/api/media/file/${docs[0].filename}`).set('If-None-Match', response.headers.etag)).status).toBe(304)
  })

  it('errors are problems naming the field, never stored', async () => {
    const bad = await hub.api.get('/embed/v1/data/news?commune=99999')
    expect(bad.status).toBe(400)
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(bad.headers['cache-control']).toBe('no-store')
    expect(bad.body).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'commune: unknown INSEE commune code "99999"',
      errors: [{ field: 'commune' }],
    })
    const missing = await hub.api.get('/api/news/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(missing.headers['cache-control']).toBe('no-store')
    const nowhere = await hub.api.get('/nothing/here')
    expect(nowhere.status).toBe(404)
    expect(nowhere.body.detail).toBe('path: nothing is served at /nothing/here')
  })

  it('a read sent as a POST (Payload’s long-query form) is for editors only, and counted', async () => {
    const form = 'limit=1000&depth=5'
    const anonymous = await hub.api.post('/api/news').set('X-Payload-HTTP-Method-Override', 'GET').type('form').send(form)
    expect(anonymous.status).toBe(405)
    expect(anonymous.body.detail).toMatch(/^X-Payload-HTTP-Method-Override: /)
    const editor = await hub.api
      .post('/api/news')
      .set('X-Payload-HTTP-Method-Override', 'GET')
      .set('Authorization', `JWT ${editorToken}`)
      .type('form')
      .send('limit=5')
    expect(editor.status).toBe(200)
    expect(editor.headers['cache-control']).toMatch(/no-store/)
  })

  it('HEAD answers the headers of GET without a body', async () => {
    const response = await hub.api.head('/feeds/news.atom')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/atom/)
    expect(response.text ?? '').toBe('')
  })

  it('a body larger than the hub takes is refused before it is read', async () => {
    const response = await hub.api
      .post('/api/news')
      .set('Authorization', `JWT ${editorToken}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ title: 'x'.repeat(5_000_000) }))
    expect(response.status).toBe(413)
    expect(response.body.detail).toMatch(/^body: at most/)
  })
})

describe('security headers', () => {
  it('pages of the hub may not be framed by other sites; widget frames may', async () => {
    const builder = await hub.api.get('/embed')
    expect(builder.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(builder.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(builder.headers['x-content-type-options']).toBe('nosniff')
    expect(builder.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    const frame = await hub.api.get('/embed/v1/frame/news?commune=35238')
    expect(frame.headers['x-frame-options']).toBeUndefined()
    expect(frame.headers['content-security-policy']).not.toContain('frame-ancestors')
    const data = await hub.api.get('/api/news')
    expect(data.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(data.headers['strict-transport-security']).toBeUndefined()
  })
})

describe('tags and purge', () => {
  const rennes = '/embed/v1/data/news?commune=35238'
  const orleans = '/embed/v1/data/news?commune=45234'

  it('answers name what they show', async () => {
    expect((await hub.api.get(rennes)).headers['surrogate-key']).toMatch(/^news:national dept:35 commune:35238( media:\d+)*$/)
    expect((await hub.api.get('/embed/v1/data/services?department=35')).headers['surrogate-key']).toBe('services')
    expect((await hub.api.get('/feeds/news.rss?department=45')).headers['surrogate-key']).toMatch(/^news:national dept:45( media:\d+)*$/)
  })

  it('a change purges exactly the answers that show it', async () => {
    await hub.api.get(rennes)
    await hub.api.get(orleans)
    expect(cached(rennes)).toBeDefined()
    const loiret = await publish('Loiret seulement', { level: 'departments', departments: ['45'] })
    await vi.waitFor(() => expect(cached(orleans)).toBeUndefined(), { timeout: 1000, interval: 20 })
    expect(cached(rennes)).toBeDefined()
    expect((await hub.api.get(orleans)).body.items.map((i: { title: string }) => i.title)).toContain('Loiret seulement')
    await hub.payload.update({ collection: 'news', id: loiret.id, data: { scope: { level: 'communes', communes: ['35238'] } } })
    await vi.waitFor(() => expect(cached(rennes)).toBeUndefined(), { timeout: 1000, interval: 20 })
    await vi.waitFor(
      async () => expect((await hub.api.get(orleans)).body.items.map((i: { title: string }) => i.title)).not.toContain('Loiret seulement'),
      { timeout: 1000, interval: 50 },
    )
    expect((await hub.api.get(rennes)).body.items.map((i: { title: string }) => i.title)).toContain('Loiret seulement')
  })

  it('a change made over REST is visible to the next reader', async () => {
    const before = await hub.api.get('/api/news?limit=50&depth=0')
    const response = await hub.api
      .post('/api/news')
      .set('Authorization', `JWT ${editorToken}`)
      .send(newsData('Par l’API', { level: 'national' }))
    expect(response.status).toBe(201)
    const after = await hub.api.get('/api/news?limit=50&depth=0')
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(after.body.docs.map((d: { title: string }) => d.title)).toContain('Par l’API')
  })

  it('unpublishing and deleting purge too', async () => {
    const item = await publish('Bientôt retirée', { level: 'national' })
    expect((await hub.api.get('/feeds/news.json')).body.items.map((i: { title: string }) => i.title)).toContain('Bientôt retirée')
    await hub.payload.update({ collection: 'news', id: item.id, data: { _status: 'draft' } })
    expect((await hub.api.get('/feeds/news.json')).body.items.map((i: { title: string }) => i.title)).not.toContain('Bientôt retirée')
    const other = await publish('Bientôt supprimée', { level: 'national' })
    expect((await hub.api.get(`/api/news/${other.id}`)).status).toBe(200)
    await hub.payload.delete({ collection: 'news', id: other.id })
    expect((await hub.api.get(`/api/news/${other.id}`)).status).toBe(404)
  })

  it('an expiry date passing purges the answers showing the item, within a second', async () => {
    // Far enough ahead for the answer to be kept a few seconds (none is kept past the expiry).
    const expiresAt = new Date(Date.now() + 5000)
    await publish('Expire bientôt', { level: 'departments', departments: ['35'] }, { expiresAt: expiresAt.toISOString() })
    // The outbox brings this change back a moment later (and purges again): read after it.
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect((await hub.api.get(rennes)).body.items.map((i: { title: string }) => i.title)).toContain('Expire bientôt')
    expect(cached(rennes)).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now()))
    await vi.waitFor(() => expect(cached(rennes)).toBeUndefined(), { timeout: 1000, interval: 20 })
    expect((await hub.api.get(rennes)).body.items.map((i: { title: string }) => i.title)).not.toContain('Expire bientôt')
  })

  it('a hot URL is computed once, however many readers ask at the same moment', async () => {
    hub.edge.cache.clear()
    const find = vi.spyOn(hub.payload, 'find')
    const responses = await Promise.all(Array.from({ length: 40 }, () => hub.api.get('/embed/v1/data/news?department=35&limit=3')))
    expect(responses.every((r) => r.status === 200)).toBe(true)
    expect(new Set(responses.map((r) => r.headers.etag)).size).toBe(1)
    expect(find.mock.calls.filter(([args]) => args.collection === 'news')).toHaveLength(1)
    find.mockRestore()
  })
})

describe('rate limits on cached answers', () => {
  it('a cached answer still counts against the reader’s budget', async () => {
    const ip = '198.51.100.77'
    let served = 0
    let refusal: Awaited<ReturnType<typeof hub.api.get>> | undefined
    while (!refusal && served < 400) {
      const response = await hub.api.get('/embed/v1/communes?q=rennes').set('X-Forwarded-For', ip)
      if (response.status === 429) refusal = response
      else served += 1
    }
    expect(served).toBe(300)
    expect(Number(refusal?.headers['retry-after'])).toBeGreaterThan(0)
    expect((await hub.api.get('/embed/v1/communes?q=rennes').set('X-Forwarded-For', '198.51.100.78')).status).toBe(200)
  })
})
