import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { securityHeaders } from '../src/edge/securityHeaders'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub

beforeAll(async () => {
  // No proxy in front: the socket's address is the reader's, whatever X-Forwarded-For claims.
  Object.assign(process.env, { TRUSTED_PROXIES: '', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' })
  hub = await startHub()
})
afterAll(async () => {
  await hub?.close()
})

describe('the address a rate limit counts', () => {
  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    const statuses: number[] = []
    for (const claimed of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '203.0.113.5']) {
      statuses.push((await hub.api.get('/feeds/news.rss').set('X-Forwarded-For', claimed)).status)
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429])
  })
})

describe('HTTPS', () => {
  it('adds Strict-Transport-Security when the hub is served over https', () => {
    expect(securityHeaders({ frameable: false, https: true, contentType: 'application/json', policy: null })['Strict-Transport-Security']).toBe(
      'max-age=31536000',
    )
    expect(
      securityHeaders({ frameable: false, https: false, contentType: 'application/json', policy: null })['Strict-Transport-Security'],
    ).toBeUndefined()
  })
})
