import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRateLimiter } from '../src/edge/rateLimit'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

let hub: Hub

beforeAll(async () => {
  Object.assign(process.env, { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5', RATE_LIMIT_PARTNER_PER_MINUTE: '8' })
  hub = await startHub()
  await createPeople(hub.payload)
})
afterAll(async () => {
  await hub?.close()
})

const from = (ip: string, path: string) => hub.api.get(path).set('X-Forwarded-For', ip)

describe('anonymous readers', () => {
  it('share one budget per address across REST, feeds and GraphQL, then get 429 with Retry-After', async () => {
    const ip = '203.0.113.10'
    expect((await from(ip, '/api/news')).status).toBe(200)
    expect((await from(ip, '/feeds/news.rss')).status).toBe(200)
    const graphql = await hub.api.post('/api/graphql').set('X-Forwarded-For', ip).send({ query: '{ allNews { totalDocs } }' })
    expect(graphql.status, graphql.text).toBe(200)
    expect(graphql.headers['ratelimit-remaining']).toBe('2')
    expect((await from(ip, '/api/sheets')).status).toBe(200)
    expect((await from(ip, '/api/services')).status).toBe(200)
    const refused = await from(ip, '/api/news')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect(refused.body.errors[0].message).toMatch(/5 public reads per minute/)
    expect((await hub.api.post('/api/graphql').set('X-Forwarded-For', ip).send({ query: '{ allNews { totalDocs } }' })).status).toBe(429)
    expect((await from('203.0.113.11', '/api/news')).status).toBe(200)
  })
})

describe('partner keys', () => {
  it('have their own budget per key, and a revoked key stops at once', async () => {
    const { partner, authorization } = await createPartner(hub.payload, 'Ville de Rennes')
    const ip = '203.0.113.20'
    for (let i = 0; i < 8; i += 1) {
      const response = await from(ip, '/api/news').set('Authorization', authorization)
      expect(response.status).toBe(200)
    }
    const refused = await from(ip, '/api/news').set('Authorization', authorization)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/this API key may make 8/)

    const other = await createPartner(hub.payload, 'Région Bretagne')
    expect((await from(ip, '/api/news').set('Authorization', other.authorization)).status).toBe(200)
    await hub.payload.update({ collection: 'partners', id: other.partner.id, data: { revoked: true } })
    const revoked = await from(ip, '/api/news').set('Authorization', other.authorization)
    expect(revoked.status).toBe(401)
    expect(revoked.body.errors[0].message).toBe('Authorization: API key unknown or revoked')
    expect(partner.id).not.toBe(other.partner.id)
  })

  it('refuses an unknown key and a browser origin the partner did not list', async () => {
    expect((await from('203.0.113.30', '/api/news').set('Authorization', 'partners API-Key not-a-key')).status).toBe(401)
    const { authorization } = await createPartner(hub.payload, 'Journal local', { allowedOrigins: ['https://journal.example'] })
    const allowed = await from('203.0.113.30', '/api/news').set('Authorization', authorization).set('Origin', 'https://journal.example')
    expect(allowed.status).toBe(200)
    expect(allowed.headers['access-control-allow-origin']).toBe('https://journal.example')
    const foreign = await from('203.0.113.30', '/api/news').set('Authorization', authorization).set('Origin', 'https://evil.example')
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toContain('Origin: https://evil.example')
  })

  it('are managed by admins only, and cannot log in or write', async () => {
    const { authorization } = await createPartner(hub.payload, 'Application mobile')
    expect((await from('203.0.113.40', '/api/partners').set('Authorization', authorization)).status).toBe(403)
    const write = await hub.api.post('/api/news').set('Authorization', authorization).set('X-Forwarded-For', '203.0.113.40').send({ title: 'x' })
    expect(write.status).toBe(403)
    const editor = await hub.login(people.editor.email, password)
    expect((await hub.api.get('/api/partners').set('Authorization', `JWT ${editor}`)).status).toBe(403)
  })
})

describe('editors', () => {
  it('are never limited', async () => {
    const token = await hub.login(people.editor.email, password)
    for (let i = 0; i < 7; i += 1) {
      expect((await from('203.0.113.50', '/api/news').set('Authorization', `JWT ${token}`)).status).toBe(200)
    }
  })
})

describe('counters in Redis', () => {
  it('are shared by every hub instance', async () => {
    const prefix = `relais-test-${crypto.randomUUID()}`
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
    const options = { anonymousPerMinute: 3, partnerPerMinute: 3, redisUrl, keyPrefix: prefix }
    const first = createRateLimiter(options)
    const second = createRateLimiter(options)
    try {
      await Promise.all([first.ready(), second.ready()])
      expect((await first.consume('anonymous', '198.51.100.1')).allowed).toBe(true)
      expect((await second.consume('anonymous', '198.51.100.1')).allowed).toBe(true)
      expect((await first.consume('anonymous', '198.51.100.1')).allowed).toBe(true)
      const verdict = await second.consume('anonymous', '198.51.100.1')
      expect(verdict).toMatchObject({ allowed: false, limit: 3 })
      expect((await second.consume('partner', '198.51.100.1')).allowed).toBe(true)
    } finally {
      const { Redis } = await import('ioredis')
      const redis = new Redis(redisUrl)
      const keys = await redis.keys(`${prefix}:*`)
      if (keys.length) await redis.del(...keys)
      await redis.quit()
      await first.close()
      await second.close()
    }
  })
})
