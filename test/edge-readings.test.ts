import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicAnswer } from '../src/edge/contract'
import { createEdge } from '../src/edge/edge'
import { createMemoryStore } from '../src/edge/memoryStore'
import { createPublicCache } from '../src/edge/publicCache'
import type { Query } from '../src/edge/queryReading'
import { createReadings, type Reading } from '../src/edge/readings'
import type { EdgeRoute } from '../src/edge/route'

/** An edge in front of one public read whose query reading, answers and counts are tallied. */
let origin: string
let server: http.Server
const tally = { readings: 0, computed: 0, counted: 0 }
let allowed = true

beforeAll(async () => {
  const payload = { config: { cookiePrefix: 'payload' }, logger: { error: () => undefined } } as unknown as Payload
  const route: EdgeRoute = {
    name: 'news',
    methods: ['GET'],
    match: (path) => path === '/news' && {},
    publicRead: true,
    readQuery: (query: Query) => {
      tally.readings++
      if (query.bad !== undefined) return { problem: 'bad: not a parameter this read knows' }
      return { query }
    },
    handle: (request) => {
      tally.computed++
      return publicAnswer(JSON.stringify({ asked: new URL(request.url).search }), 'application/json', { tags: ['news'] })
    },
  }
  const handler = createEdge({
    payload,
    routes: [route],
    settings: {
      sharedMaxAge: 60,
      purgedMaxAge: 60,
      targetedCaches: false,
      staleWhileRevalidate: 30,
      origin: 'http://hub.example',
      sessionOrigins: [],
      trustedProxies: [],
      maxJsonBytes: 1000,
      maxUploadBytes: 5000,
    },
    cache: createPublicCache(createMemoryStore({ ttlSeconds: 60, maxBytes: 1_000_000 })),
    limiter: {
      consume: async () => {
        tally.counted++
        return allowed ? { allowed: true, limit: 10, remaining: 9 } : { allowed: false, limit: 10, retryAfterSeconds: 30 }
      },
      unknownKeys: { blocked: async () => 0, failed: async () => undefined },
      ready: async () => undefined,
      close: async () => undefined,
    },
  })
  server = http.createServer((req, res) => void handler(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const since = async (action: () => Promise<void>) => {
  const before = { ...tally }
  await action()
  return { readings: tally.readings - before.readings, computed: tally.computed - before.computed, counted: tally.counted - before.counted }
}

describe('an anonymous read of a target asked before', () => {
  it('is read once, answered from the cache after, and counted every time', async () => {
    const bodies: string[] = []
    const delta = await since(async () => {
      for (let i = 0; i < 3; i++) bodies.push(await (await fetch(`${origin}/news?b=2&a=1`)).text())
    })
    expect(delta).toEqual({ readings: 1, computed: 1, counted: 3 })
    expect(new Set(bodies)).toEqual(new Set([JSON.stringify({ asked: '?a=1&b=2' })]))
  })

  it('is read again in another spelling, and shares the answer of the first', async () => {
    await fetch(`${origin}/news?x=1&y=2`)
    const delta = await since(async () => void (await fetch(`${origin}/%6Eews?y=2&x=1`)).text())
    expect(delta).toEqual({ readings: 1, computed: 0, counted: 1 })
  })

  it('is refused each time when its reading is, saying why', async () => {
    const delta = await since(async () => {
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${origin}/news?bad=1`)
        expect(response.status).toBe(400)
        expect(((await response.json()) as { detail: string }).detail).toBe('bad: not a parameter this read knows')
      }
    })
    expect(delta.readings).toBe(2)
  })

  it('is refused past its reader’s limit, even when its answer is kept', async () => {
    await fetch(`${origin}/news?c=1`)
    allowed = false
    try {
      const response = await fetch(`${origin}/news?c=1`)
      expect(response.status).toBe(429)
      expect(response.headers.get('retry-after')).toBe('30')
    } finally {
      allowed = true
    }
  })
})

describe('the readings kept', () => {
  it('stay within their memory, however many targets are asked', () => {
    const readings = createReadings(64 * 1024)
    const reading = (i: number): Reading => ({
      route: {} as EdgeRoute,
      params: {},
      href: `http://hub.example/news?page=${i}`,
      key: `/news?page=${i}`,
    })
    for (let i = 0; i < 10_000; i++) readings.set('GET', `/news?page=${i}`, reading(i))
    expect(readings.size()).toBeLessThan(200)
    expect(readings.get('GET', '/news?page=9999')?.key).toBe('/news?page=9999')
    expect(readings.get('GET', '/news?page=0')).toBeUndefined()
    expect(readings.get('HEAD', '/news?page=9999')).toBeUndefined()
  })
})
