import crypto from 'node:crypto'

import { Redis } from 'ioredis'
import { LRUCache } from 'lru-cache'

export type PersistedQueryStore = {
  get: (hash: string) => Promise<string | undefined>
  set: (hash: string, query: string) => Promise<void>
  close: () => Promise<void>
}

export const sha256Hex = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')

/** Bounded so that registrations by anyone cannot grow memory without limit; least used go first. */
function memoryStore(maxEntries = 5000): PersistedQueryStore {
  const queries = new LRUCache<string, string>({ max: maxEntries })
  return {
    get: async (hash) => queries.get(hash),
    set: async (hash, query) => {
      queries.set(hash, query)
    },
    close: async () => undefined,
  }
}

/** Shared by every hub instance, so a query registered on one is found by the others. */
function redisStore(url: string, prefix: string, ttlSeconds = 30 * 86_400): PersistedQueryStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 })
  redis.on('error', () => undefined)
  return {
    get: async (hash) => (await redis.get(`${prefix}:pq:${hash}`)) ?? undefined,
    set: async (hash, query) => {
      await redis.set(`${prefix}:pq:${hash}`, query, 'EX', ttlSeconds)
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}

/** Where the hub keeps registered queries: Redis when instances share one, else this instance's memory. */
export const persistedQueryStore = ({ redisUrl, prefix }: { redisUrl: string | undefined; prefix: string }): PersistedQueryStore =>
  redisUrl ? redisStore(redisUrl, prefix) : memoryStore()
