import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startVarnish, varnishMissing } from '../deploy/varnish/startVarnish'
import { readEnv } from '../src/lib/env'
import { createPeople, newsData, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

/** Under CI=true a missing Varnish fails the run; elsewhere these tests are left out, loudly. */
function varnishAvailable(): boolean {
  const missing = varnishMissing()
  if (!missing) return true
  if (process.env.CI === 'true') throw new Error(`${missing}: the Varnish tests cannot run`)
  console.warn(`\n*** ${missing}: the Varnish tests are LEFT OUT. ***\n`)
  return false
}

const run = varnishAvailable()
const purgeKey = crypto.randomBytes(32).toString('hex')
let hub: Hub
let varnish: Awaited<ReturnType<typeof startVarnish>>

const through = (path: string, headers: Record<string, string> = {}) => fetch(`${varnish.url}${path}`, { headers })
const titles = async (path: string): Promise<string[]> =>
  ((await (await through(path)).json()) as { items: { title: string }[] }).items.map((i) => i.title)

/** Polls until `check` passes; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Date.now() - started
}

describe.runIf(run)('the hub behind Varnish', () => {
  beforeAll(async () => {
    const port = await freePort()
    process.env.CACHE_PURGE_URL = `http://127.0.0.1:${port}/`
    process.env.CACHE_PURGE_KEY = purgeKey
    // Other shared caches keep answers a second: Varnish, purged by the hub, keeps them an hour.
    process.env.SHARED_CACHE_SECONDS = '1'
    hub = await startHub()
    await createPeople(hub.payload)
    varnish = await startVarnish(port, Number(new URL(hub.url).port), purgeKey)
  })
  afterAll(async () => {
    await varnish?.close()
    await hub?.close()
    delete process.env.SHARED_CACHE_SECONDS
  })

  const rennes = '/embed/v1/data/news?commune=35238'

  it('keeps public answers for the long lifetime meant for it alone, which it reads and strips', async () => {
    const direct = await fetch(`${hub.url}${rennes}`)
    expect(direct.headers.get('cdn-cache-control')).toBe('max-age=3600, stale-while-revalidate=30, stale-if-error=86400')
    const first = await through(rennes)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=1,/)
    expect(first.headers.get('cdn-cache-control')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const second = await through(rennes)
    expect(second.headers.get('x-cache')).toBe('HIT')
  })

  it('shows a publish within a second', async () => {
    await through(rennes)
    await hub.payload.create({ collection: 'news', data: newsData('Publiée à l’instant', { level: 'communes', communes: ['35238'] }) })
    const elapsed = await within(1000, async () => (await titles(rennes)).includes('Publiée à l’instant'))
    expect(elapsed).toBeLessThan(1000)
  })

  it('drops an unpublished item, and an expired one, within a second', async () => {
    const item = await hub.payload.create({ collection: 'news', data: newsData('Bientôt dépubliée', { level: 'departments', departments: ['35'] }) })
    await within(1000, async () => (await titles(rennes)).includes('Bientôt dépubliée'))
    await hub.payload.update({ collection: 'news', id: item.id, data: { _status: 'draft' } })
    await within(1000, async () => !(await titles(rennes)).includes('Bientôt dépubliée'))

    const expiresAt = Date.now() + 3000
    await hub.payload.create({
      collection: 'news',
      data: newsData('Expire sous peu', { level: 'national' }, { expiresAt: new Date(expiresAt).toISOString() }),
    })
    await within(1000, async () => (await titles(rennes)).includes('Expire sous peu'))
    expect((await through(rennes)).headers.get('x-cache')).toBe('HIT')
    await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now()))
    await within(1000, async () => !(await titles(rennes)).includes('Expire sous peu'))
  })

  it('refuses a revoked partner key at once', async () => {
    const { partner, authorization } = await createPartner(hub.payload, 'Ville')
    expect((await through('/api/news', { Authorization: authorization })).status).toBe(200)
    await hub.payload.update({ collection: 'partners', id: partner.id, data: { revoked: true } })
    const refused = await through('/api/news', { Authorization: authorization })
    expect(refused.status).toBe(401)
  })

  it('never keeps an editor’s answer', async () => {
    const token = await hub.login(people.editor.email, password)
    const published = await hub.payload.create({ collection: 'news', data: newsData('Publiée', { level: 'national' }) })
    await hub.payload.update({ collection: 'news', id: published.id, draft: true, data: { title: 'Brouillon de l’éditeur' } })
    const path = `/api/news/${published.id}?draft=true&depth=0`
    const sessions: Record<string, string>[] = [{ Authorization: `JWT ${token}` }, { Cookie: `payload-token =${token}`, Origin: hub.url }]
    for (const headers of sessions) {
      const editor = await through(path, headers)
      expect(((await editor.json()) as { title: string }).title).toBe('Brouillon de l’éditeur')
      expect(editor.headers.get('x-cache')).toBe('MISS')
    }
    const reader = await through(path)
    expect(((await reader.json()) as { title: string }).title).toBe('Publiée')
  })

  it('gives a foreign Host the same answer as everyone', async () => {
    const ordinary = await (await through('/feeds/news.atom')).text()
    const foreign = await fetch(`${varnish.url}/feeds/news.atom`, { headers: { 'X-Forwarded-Host': 'attacker.example' } })
    expect(await foreign.text()).toBe(ordinary)
    expect(ordinary).not.toContain('attacker')
    expect(ordinary).toContain(hub.url)
  })

  it('accepts purges from the hub only: its key, from its address', async () => {
    await through(rennes)
    const purgeFrom = (localAddress: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        http
          .request(varnish.url, { method: 'PURGE', localAddress, headers }, (res) => resolve(res.statusCode ?? 0))
          .on('error', reject)
          .end()
      })
    // 127.0.0.2 is this machine too, but not an address in the VCL's purge ACL.
    expect(await purgeFrom('127.0.0.2', { xkey: 'news:national', 'Relais-Purge-Key': purgeKey })).toBe(403)
    // What a TLS terminator on the same host forwards: anyone's request, from 127.0.0.1.
    expect(await purgeFrom('127.0.0.1', { xkey: 'news:national' })).toBe(403)
    expect(await purgeFrom('127.0.0.1', { xkey: 'news:national', 'Relais-Purge-Key': '' })).toBe(403)
    expect(await purgeFrom('127.0.0.1', { xkey: 'news:national', 'Relais-Purge-Key': purgeKey.replace(/.$/, 'x') })).toBe(403)
    expect(await purgeFrom('127.0.0.1', { xkey: 'news:national', 'Relais-Purge-Key': purgeKey.slice(0, 32) })).toBe(403)
    expect((await through(rennes)).headers.get('x-cache')).toBe('HIT')
    expect(await purgeFrom('127.0.0.1', { 'Relais-Purge-Key': purgeKey })).toBe(400)
    expect(await purgeFrom('127.0.0.1', { xkey: 'news:national', 'Relais-Purge-Key': purgeKey })).toBe(200)
    expect((await through(rennes)).headers.get('x-cache')).toBe('MISS')
  })

  it('refuses every purge when no key is set up, and never passes the key on to the hub', async () => {
    const seen: http.IncomingHttpHeaders[] = []
    const backend = http.createServer((req, res) => {
      seen.push(req.headers)
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('ok')
    })
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve))
    const keyless = await startVarnish(await freePort(), (backend.address() as AddressInfo).port)
    try {
      for (const key of ['', purgeKey]) {
        const response = await fetch(keyless.url, { method: 'PURGE', headers: { xkey: 'news:national', 'Relais-Purge-Key': key } })
        expect(response.status).toBe(503)
      }
      await fetch(`${keyless.url}/api/news`, { headers: { 'Relais-Purge-Key': purgeKey } })
      await fetch(`${keyless.url}/api/news`, { method: 'POST', headers: { 'Relais-Purge-Key': purgeKey }, body: '{}' })
      const forwarded = seen.filter((headers) => headers['relais-purge-key'] !== undefined)
      expect(seen.length).toBeGreaterThan(0)
      expect(forwarded).toEqual([])
    } finally {
      await keyless.close()
      backend.closeAllConnections()
      await new Promise<void>((resolve) => backend.close(() => resolve()))
    }
  })
})

describe('the purge key of a hub', () => {
  const base = { PAYLOAD_SECRET: 'x'.repeat(32), CACHE_PURGE_URL: 'http://127.0.0.1:6081/' }

  it('is required with CACHE_PURGE_URL, long and plain enough for a header, or the hub does not start', () => {
    expect(() => readEnv(base)).toThrow(/^CACHE_PURGE_KEY: required with CACHE_PURGE_URL: the cache refuses purges without it/)
    expect(() => readEnv({ ...base, CACHE_PURGE_KEY: 'short' })).toThrow(/^CACHE_PURGE_KEY: at least 32 letters/)
    expect(() => readEnv({ ...base, CACHE_PURGE_KEY: `${'a'.repeat(32)}\r\nX-Injected: 1` })).toThrow(/^CACHE_PURGE_KEY: /)
    expect(readEnv({ ...base, CACHE_PURGE_KEY: purgeKey }).CACHE_PURGE_KEY).toBe(purgeKey)
    expect(readEnv({ PAYLOAD_SECRET: 'x'.repeat(32) }).CACHE_PURGE_KEY).toBeUndefined()
  })
})
