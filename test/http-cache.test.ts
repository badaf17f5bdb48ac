import { describe, expect, it } from 'vitest'

import { cachedJson, etagOf } from '../src/lib/httpCache'

const get = (headers: Record<string, string> = {}) => new Request('http://hub.test/x', { headers })

describe('cached public responses', () => {
  it('carry Cache-Control, an ETag and open CORS', async () => {
    const response = cachedJson(get(), { a: 1 })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=86400')
    expect(response.headers.get('etag')).toBe(etagOf('{"a":1}'))
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(await response.json()).toEqual({ a: 1 })
  })

  it('answer 304 with no body when If-None-Match names the ETag, weak or in a list', async () => {
    const etag = etagOf('{"a":1}')
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = cachedJson(get({ 'If-None-Match': header }), { a: 1 })
      expect(response.status).toBe(304)
      expect(await response.text()).toBe('')
      expect(response.headers.get('etag')).toBe(etag)
    }
  })

  it('answer 200 again once the content changed', () => {
    const stale = etagOf('{"a":1}')
    expect(cachedJson(get({ 'If-None-Match': stale }), { a: 2 }).status).toBe(200)
  })
})
