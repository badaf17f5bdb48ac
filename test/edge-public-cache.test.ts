import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { AnswerStore, CachedAnswer } from '../src/edge/answerStore'
import { answerWeight, createMemoryStore } from '../src/edge/memoryStore'
import { createPublicCache, type Computed } from '../src/edge/publicCache'

/** A shared answer of `bytes` bytes showing `tags`, kept at most `ttlSeconds`. */
const answer = (tags: string[], bytes = 100, ttlSeconds = 60): CachedAnswer => ({
  status: 200,
  headers: [['content-type', 'application/json']],
  body: Buffer.alloc(bytes, 'a'),
  etag: `"${tags.join('-')}"`,
  tags,
  encoded: {},
  ttlSeconds,
})

/** A computation the test finishes when it chooses. */
function pending() {
  let finish!: (result: Computed) => void
  const result = new Promise<Computed>((resolve) => (finish = resolve))
  return { result, finish }
}

beforeEach(() => {
  vi.useFakeTimers()
  // The fake clock starts at 0, which lru-cache reads as "no start time": a process's never is.
  vi.advanceTimersByTime(1_000)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the memory store', () => {
  it('keeps an answer for its lifetime, the shorter of the store’s and the answer’s own', () => {
    const store = createMemoryStore({ ttlSeconds: 60, maxBytes: 1_000_000 })
    store.set('/long', answer(['news'], 100, 3600))
    store.set('/short', answer(['news'], 100, 5))
    vi.advanceTimersByTime(4_000)
    expect(store.get('/short')).toBeDefined()
    vi.advanceTimersByTime(1_500)
    expect(store.get('/short')).toBeUndefined()
    expect(store.get('/long')).toBeDefined()
    vi.advanceTimersByTime(55_000)
    expect(store.get('/long')).toBeUndefined()
  })

  it('keeps nothing when its lifetime or the answer’s is 0', () => {
    const off = createMemoryStore({ ttlSeconds: 0, maxBytes: 1_000_000 })
    expect(off.set('/a', answer(['news']))).toBe(false)
    expect(off.get('/a')).toBeUndefined()
    const store = createMemoryStore({ ttlSeconds: 60, maxBytes: 1_000_000 })
    expect(store.set('/ends-now', answer(['units'], 100, 0))).toBe(false)
    expect(store.get('/ends-now')).toBeUndefined()
  })

  it('drops the least recently read answers when its bytes are spent', () => {
    // Each answer weighs its bytes with its bookkeeping: eight fit.
    const weight = answerWeight('/1', answer(['news'], 4_488))
    const store = createMemoryStore({ ttlSeconds: 60, maxBytes: 8 * weight })
    const keys = ['/1', '/2', '/3', '/4', '/5', '/6', '/7', '/8']
    for (const key of keys) store.set(key, answer(['news'], 4_488))
    expect(store.stats()).toEqual({ entries: 8, bytes: 8 * weight })
    store.get('/1')
    store.set('/9', answer(['news'], 4_488))
    expect(store.get('/2')).toBeUndefined()
    expect(store.get('/1')).toBeDefined()
    expect(store.get('/9')).toBeDefined()
    expect(store.stats()).toEqual({ entries: 8, bytes: 8 * weight })
  })

  it('counts what holding an answer costs, not only its bytes: its key, headers and tags', () => {
    const small = answer(['news'], 10)
    expect(answerWeight('/a', small)).toBeGreaterThan(2048)
    expect(answerWeight('/a'.repeat(100), small)).toBeGreaterThan(answerWeight('/a', small) + 2 * 198)
    expect(answerWeight('/a', answer(['news', 'units', 'dept:35'], 10))).toBeGreaterThan(answerWeight('/a', small) + 2 * 160)
  })

  it('refuses an answer larger than an eighth of its memory, which would push out everything else', () => {
    const store = createMemoryStore({ ttlSeconds: 60, maxBytes: 80_000 })
    store.set('/small', answer(['news'], 100))
    expect(store.set('/huge', answer(['news'], 20_000))).toBe(false)
    expect(store.get('/huge')).toBeUndefined()
    expect(store.get('/small')).toBeDefined()
  })

  it('counts compressed copies once they are made', () => {
    const store = createMemoryStore({ ttlSeconds: 60, maxBytes: 1_000_000 })
    const kept = answer(['news'], 2_000)
    store.set('/a', kept)
    const before = store.stats().bytes
    expect(before).toBe(answerWeight('/a', kept))
    kept.encoded.gzip = Buffer.alloc(300)
    store.touch('/a', kept)
    expect(store.stats().bytes).toBe(answerWeight('/a', kept))
    expect(store.stats().bytes).toBeGreaterThan(before + 300)
  })

  it('drops exactly the answers showing a purged tag', () => {
    const store = createMemoryStore({ ttlSeconds: 60, maxBytes: 1_000_000 })
    store.set('/rennes', answer(['news:national', 'dept:35']))
    store.set('/orleans', answer(['news:national', 'dept:45']))
    store.set('/units', answer(['units']))
    expect(store.purge(['dept:35'])).toBe(1)
    expect(store.get('/rennes')).toBeUndefined()
    expect(store.get('/orleans')).toBeDefined()
    expect(store.purge(['news:national'])).toBe(1)
    expect(store.get('/units')).toBeDefined()
  })
})

describe('the public cache', () => {
  const memory = () => createMemoryStore({ ttlSeconds: 60, maxBytes: 1_000_000 })

  it('computes an answer once however many readers ask meanwhile, and keeps it', async () => {
    const cache = createPublicCache(memory())
    const computation = pending()
    const run = vi.fn(() => computation.result)
    const readers = [cache.compute('/news', run), cache.compute('/news', run), cache.compute('/news', run)]
    expect(run).toHaveBeenCalledTimes(1)
    const shared = answer(['news'])
    computation.finish({ shared })
    const results = await Promise.all(readers)
    expect(results.every((result) => 'shared' in result && result.shared === shared)).toBe(true)
    expect(cache.get('/news')).toBe(shared)
    // Once done, a new miss computes again.
    cache.clear()
    await cache.compute('/news', async () => ({ shared: answer(['news']) }))
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('does not keep an answer whose tags were purged while it was computed, and tells the computation', async () => {
    const cache = createPublicCache(memory())
    const computation = pending()
    let purgedSinceStart: ((tags: string[]) => boolean) | undefined
    const reading = cache.compute('/rennes', (purged) => {
      purgedSinceStart = purged
      return computation.result
    })
    vi.advanceTimersByTime(10)
    expect(purgedSinceStart?.(['dept:35'])).toBe(false)
    cache.purge(['dept:35'])
    expect(purgedSinceStart?.(['dept:35'])).toBe(true)
    expect(purgedSinceStart?.(['dept:45'])).toBe(false)
    computation.finish({ shared: answer(['news:national', 'dept:35']) })
    expect('shared' in (await reading)).toBe(true)
    expect(cache.get('/rennes')).toBeUndefined()
    // A computation that starts after the purge saw the change: it is kept.
    vi.advanceTimersByTime(10)
    await cache.compute('/rennes', async () => ({ shared: answer(['news:national', 'dept:35']) }))
    expect(cache.get('/rennes')).toBeDefined()
  })

  it('keeps an answer computed while an unrelated tag was purged', async () => {
    const cache = createPublicCache(memory())
    const computation = pending()
    const reading = cache.compute('/orleans', () => computation.result)
    vi.advanceTimersByTime(5)
    cache.purge(['dept:35'])
    computation.finish({ shared: answer(['news:national', 'dept:45']) })
    await reading
    expect(cache.get('/orleans')).toBeDefined()
  })

  it('keeps nothing that is not shared, and lets a failed computation be tried again', async () => {
    const cache = createPublicCache(memory())
    const other = { status: 404, headers: new Headers(), body: Buffer.from('{}') }
    expect(await cache.compute('/missing', async () => ({ other }))).toEqual({ other })
    expect(cache.get('/missing')).toBeUndefined()
    await expect(cache.compute('/broken', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down')
    await cache.compute('/broken', async () => ({ shared: answer(['news']) }))
    expect(cache.get('/broken')).toBeDefined()
  })

  it('makes each compressed copy once, and has the store re-weigh the answer', () => {
    const touched: string[] = []
    const store = memory()
    const cache = createPublicCache({ ...store, touch: (key, kept) => (touched.push(key), store.touch(key, kept)) } satisfies AnswerStore)
    const kept = answer(['news'], 4_000)
    store.set('/news', kept)
    const gzip = cache.variant('/news', kept, 'gzip')
    expect(gzip.byteLength).toBeLessThan(kept.body.byteLength)
    expect(cache.variant('/news', kept, 'gzip')).toBe(gzip)
    expect(touched).toEqual(['/news'])
    expect(kept.encoded.gzip).toBe(gzip)
  })
})
