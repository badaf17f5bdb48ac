import { describe, expect, it } from 'vitest'

import { cachedResponse } from '../src/lib/httpCache'
import { bumpContentGeneration, createResponseCache } from '../src/lib/responseCache'

describe('the cache of anonymous public answers', () => {
  const url = 'http://hub.test/api/news?limit=5'
  const counting = () => {
    let calls = 0
    const compute = async (request: Request) => {
      calls += 1
      return cachedResponse(request, JSON.stringify({ version: calls }), 'application/json')
    }
    return { compute, calls: () => calls }
  }

  it('answers the same URL from memory until content changes', async () => {
    const cache = createResponseCache(60)
    const { compute, calls } = counting()
    const first = await cache(new Request(url), compute)
    const second = await cache(new Request(url), compute)
    expect(await second.json()).toEqual(await first.json())
    expect(calls()).toBe(1)
    bumpContentGeneration()
    expect(await (await cache(new Request(url), compute)).json()).toEqual({ version: 2 })
    await cache(new Request(`${url}&page=2`), compute)
    expect(calls()).toBe(3)
  })

  it('answers 304 to a client holding the current ETag, and still keeps the full answer for others', async () => {
    const cache = createResponseCache(60)
    const { compute } = counting()
    const etag = (await cache(new Request(url), compute)).headers.get('etag') as string
    const revalidated = await cache(new Request(url, { headers: { 'If-None-Match': etag } }), compute)
    expect(revalidated.status).toBe(304)
    const fresh = createResponseCache(60)
    const same = async (request: Request) => cachedResponse(request, JSON.stringify({ version: 1 }), 'application/json')
    const missWithValidator = await fresh(new Request(url, { headers: { 'If-None-Match': etag } }), same)
    expect(missWithValidator.status).toBe(304)
    expect((await fresh(new Request(url), same)).status).toBe(200)
  })

  it('forgets answers after their delay, and keeps nothing when off', async () => {
    const { compute, calls } = counting()
    const off = createResponseCache(0)
    await off(new Request(url), compute)
    await off(new Request(url), compute)
    expect(calls()).toBe(2)
    const short = createResponseCache(1)
    await short(new Request(url), compute)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await short(new Request(url), compute)
    expect(calls()).toBe(4)
  })
})

describe('the memory the cache may use', () => {
  it('is bounded: the oldest answers go first', async () => {
    let calls = 0
    const compute = async (request: Request) => {
      calls += 1
      return cachedResponse(request, 'x'.repeat(400), 'text/plain')
    }
    const cache = createResponseCache(60, 2000, 1000, 1000)
    await cache(new Request('http://hub.test/a'), compute)
    await cache(new Request('http://hub.test/b'), compute)
    await cache(new Request('http://hub.test/c'), compute)
    await cache(new Request('http://hub.test/c'), compute)
    expect(calls).toBe(3)
    await cache(new Request('http://hub.test/a'), compute)
    expect(calls).toBe(4)
  })
})
