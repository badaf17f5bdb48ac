import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { materialize } from '../src/edge/answer'
import { publicAnswer, publicJson, readCachePolicy } from '../src/edge/contract'
import { finishShared } from '../src/edge/finish'
import { cdnCacheControl, sharedAnswer, sharedCacheControl, type NextChange } from '../src/edge/sharedAnswer'

const lifetimes = { sharedMaxAge: 60, purgedMaxAge: 3600, targetedCaches: true, staleWhileRevalidate: 30 }
const share = async (response: Response, purged = false, nextChange?: NextChange) =>
  sharedAnswer(await materialize(response), {
    lifetimes,
    security: () => ({ 'X-Content-Type-Options': 'nosniff' }),
    purgedSinceStart: () => purged,
    nextChange,
  })
const header = (result: Awaited<ReturnType<typeof share>>, name: string) =>
  'shared' in result ? result.shared.headers.find(([key]) => key === name)?.[1] : result.other.headers.get(name)

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-06-02T08:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('Cache-Control, read once', () => {
  it('gives the directives the edge acts on, whatever their case, spacing and quoting', () => {
    expect(readCachePolicy('Public, MAX-AGE=60 ,s-maxage="30"')).toEqual({
      noStore: false,
      private: false,
      immutable: false,
      maxAge: 60,
      sharedMaxAge: 30,
    })
    expect(readCachePolicy('private="set-cookie, authorization", no-store')).toMatchObject({ private: true, noStore: true })
    expect(readCachePolicy('public, max-age=31536000, immutable')).toMatchObject({ immutable: true, maxAge: 31536000 })
    expect(readCachePolicy(null)).toEqual({ noStore: false, private: false, immutable: false, maxAge: undefined, sharedMaxAge: undefined })
    expect(readCachePolicy('max-age=-5, s-maxage=soon')).toMatchObject({ maxAge: undefined, sharedMaxAge: undefined })
  })

  it('does not take s-maxage for max-age, nor a directive inside a quoted value', () => {
    expect(readCachePolicy('s-maxage=30')).toMatchObject({ maxAge: undefined, sharedMaxAge: 30 })
    expect(readCachePolicy('no-cache="no-store"')).toMatchObject({ noStore: false })
  })
})

describe('a public answer', () => {
  it('is kept by shared caches as long as the hub says, by browsers only as long as the handler says', () => {
    expect(sharedCacheControl(readCachePolicy(null), null, lifetimes)).toBe('public, max-age=0, s-maxage=60, stale-if-error=86400')
    expect(sharedCacheControl(readCachePolicy('public, max-age=300'), 'public, max-age=300', lifetimes)).toBe(
      'public, max-age=300, s-maxage=60, stale-if-error=86400',
    )
    const immutable = 'public, max-age=31536000, immutable'
    expect(sharedCacheControl(readCachePolicy(immutable), immutable, lifetimes)).toBe(immutable)
  })

  it('is kept long only by the caches the hub purges, told through CDN-Cache-Control; others get the short s-maxage', async () => {
    const result = await share(publicJson({ n: 1 }, { tags: ['services'] }))
    expect(header(result, 'cache-control')).toBe('public, max-age=0, s-maxage=60, stale-if-error=86400')
    expect(header(result, 'cdn-cache-control')).toBe('max-age=3600, stale-while-revalidate=30, stale-if-error=86400')
    expect('shared' in result && result.shared.ttlSeconds).toBe(3600)
    expect(cdnCacheControl(readCachePolicy(null), { ...lifetimes, targetedCaches: false })).toBeUndefined()
  })

  it('is kept by no cache past the next scheduled change of what it shows (a news item expiring), counted down on each hit', async () => {
    const expiresAt = Date.now() + 90_500
    const result = await share(publicJson({ n: 1 }, { tags: ['news', 'news:12'] }), false, (tags) => (tags.includes('news') ? expiresAt : undefined))
    expect(header(result, 'cache-control')).toMatch(/s-maxage=60,/)
    expect(header(result, 'cdn-cache-control')).toMatch(/^max-age=90,/)
    expect('shared' in result && result.shared.ttlSeconds).toBe(90)
    if (!('shared' in result)) return
    vi.advanceTimersByTime(45_000)
    const hit = finishShared({}, result.shared, () => Buffer.alloc(0))
    expect(hit.headers['cache-control']).toMatch(/s-maxage=45,/)
    expect(hit.headers['cdn-cache-control']).toMatch(/^max-age=45,/)
    const other = await share(publicJson({ n: 1 }, { tags: ['services'] }), false, (tags) => (tags.includes('news') ? expiresAt : undefined))
    expect(header(other, 'cdn-cache-control')).toMatch(/^max-age=3600,/)
  })

  it('that stops being true sooner (a unit closing in ten minutes) is kept only until then, in memory too', async () => {
    const closing = publicJson({ open: true }, { tags: ['unit:9'], freshUntil: new Date(Date.now() + 10 * 60_000) })
    expect(closing.headers.get('cache-control')).toBe('public, s-maxage=600')
    const result = await share(closing)
    expect('shared' in result && result.shared.ttlSeconds).toBe(600)
    expect(header(result, 'cache-control')).toBe('public, max-age=0, s-maxage=60, stale-if-error=86400')
    expect(header(result, 'cdn-cache-control')).toBe('max-age=600, stale-while-revalidate=30, stale-if-error=86400')
  })

  it('is shared with its tags, a strong ETag, a short Vary, open CORS and the security headers', async () => {
    const result = await share(
      publicAnswer('<rss/>', 'application/rss+xml', {
        tags: ['news', 'dept:35', 'news'],
        lastModified: '2026-06-01T10:00:00Z',
        headers: { 'Set-Cookie': 'tracking=1', 'X-Powered-By': 'Next.js', Vary: 'Cookie' },
      }),
    )
    expect('shared' in result).toBe(true)
    if (!('shared' in result)) return
    expect(result.shared.tags).toEqual(['news', 'dept:35'])
    expect(result.shared.etag).toMatch(/^"[\w-]+"$/)
    expect(Object.fromEntries(result.shared.headers)).toMatchObject({
      'surrogate-key': 'news dept:35',
      vary: 'Accept-Encoding, Authorization, Cookie',
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag, Last-Modified',
      'last-modified': 'Mon, 01 Jun 2026 10:00:00 GMT',
      'x-content-type-options': 'nosniff',
    })
    for (const gone of ['set-cookie', 'x-powered-by', 'etag', 'content-length']) expect(header(result, gone), gone).toBeUndefined()
  })

  it('is not shared without tags, or when its handler says no-store or private', async () => {
    for (const response of [
      new Response('{}', { headers: { 'content-type': 'application/json' } }),
      new Response('{}', { headers: { 'surrogate-key': 'news', 'cache-control': 'no-store' } }),
      new Response('{}', { headers: { 'surrogate-key': 'news', 'cache-control': 'private, max-age=60' } }),
    ]) {
      const result = await share(response)
      expect('other' in result).toBe(true)
      expect(header(result, 'cache-control')).toBe('no-store')
      expect(header(result, 'surrogate-key')).toBeFalsy()
    }
  })

  it('computed across a purge of its tags is sent no-store', async () => {
    const result = await share(publicJson({}, { tags: ['news'] }), true)
    expect('shared' in result).toBe(true)
    expect(header(result, 'cache-control')).toBe('no-store')
  })
})
