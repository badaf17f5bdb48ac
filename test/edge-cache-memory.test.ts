import v8 from 'node:v8'
import vm from 'node:vm'

import { describe, expect, it } from 'vitest'

import { materialize } from '../src/edge/answer'
import { createMemoryStore } from '../src/edge/memoryStore'
import { createPublicCache } from '../src/edge/publicCache'
import { securityHeaders } from '../src/edge/securityHeaders'
import { sharedAnswer } from '../src/edge/sharedAnswer'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

/** The heap and the buffers outside it, once garbage is collected. */
const memoryInUse = () => {
  gc()
  gc()
  const { heapUsed, external } = process.memoryUsage()
  return heapUsed + external
}

describe('the edge cache’s memory', () => {
  it('stays within its setting when filled with many small answers, as a URL-varying crawl fills it', async () => {
    const maxBytes = 8 * 1024 * 1024
    const store = createMemoryStore({ ttlSeconds: 600, maxBytes })
    const cache = createPublicCache(store)
    const before = memoryInUse()
    for (let i = 0; i < 25_000; i++) {
      // What the edge keeps of a small public read: JSON of a few bytes, the shared headers, its tags.
      await cache.compute(`/api/units?where%5Bname%5D%5Bequals%5D=x${i}`, async (purgedSinceStart) => {
        const response = Response.json({ docs: [], totalDocs: 0, page: i }, { headers: { 'surrogate-key': `units unit:${i}` } })
        return sharedAnswer(await materialize(response), {
          lifetimes: { sharedMaxAge: 60, purgedMaxAge: 600, targetedCaches: false, staleWhileRevalidate: 0 },
          security: (headers) => securityHeaders({ frameable: false, https: true, contentType: headers.get('content-type'), policy: null }),
          purgedSinceStart,
        })
      })
    }
    const grown = memoryInUse() - before
    const { entries, bytes } = store.stats()
    expect(bytes).toBeLessThanOrEqual(maxBytes)
    // What the entries really take is what they are counted as, give or take the allocator's slack.
    expect(grown, `${entries} entries counted as ${bytes} B took ${grown} B`).toBeLessThan(maxBytes * 1.25)
    expect(entries).toBeGreaterThan(1000)
  }, 60_000)
})
