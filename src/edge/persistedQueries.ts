import crypto from 'node:crypto'

import { Redis } from 'ioredis'
import { LRUCache } from 'lru-cache'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { counterStore } from '../lib/counterStore'

/** Why a query was not registered: its caller registered too many lately, or the store is full. */
export type Registration = 'stored' | 'caller-limit' | 'full'

export type PersistedQueryStore = {
  get: (hash: string) => Promise<string | undefined>
  /** Keeps a query that ran, for `caller` (an address or a partner), within both limits. */
  register: (hash: string, query: string, caller: string) => Promise<Registration>
  close: () => Promise<void>
}

export const sha256Hex = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')

export type PersistedQueryLimits = {
  /** Queries kept at once, by every caller together: past it, new ones run without being kept. */
  maxEntries: number
  /** New queries one caller may register in an hour: an app has a handful, a flood has thousands. */
  perCallerPerHour: number
  /** How long a query is kept after its registration. */
  ttlSeconds: number
}

export const defaultPersistedQueryLimits: PersistedQueryLimits = { maxEntries: 5000, perCallerPerHour: 100, ttlSeconds: 30 * 86_400 }

type Entries = {
  get: (hash: string) => Promise<string | undefined>
  /** False when the store is full and `hash` is not in it. */
  add: (hash: string, query: string) => Promise<boolean>
  close: () => Promise<void>
}

/**
 * This instance's memory: when full, new queries are not kept (rather than pushing out the
 * ones apps use, as least-recently-used eviction would let a flood do).
 */
function memoryEntries({ maxEntries, ttlSeconds }: PersistedQueryLimits): Entries {
  const queries = new LRUCache<string, string>({ max: maxEntries, ttl: ttlSeconds * 1000 })
  return {
    get: async (hash) => queries.get(hash),
    add: async (hash, query) => {
      if (!queries.has(hash) && queries.size >= maxEntries) return false
      queries.set(hash, query)
      return true
    },
    close: async () => undefined,
  }
}

/**
 * Shared by every hub instance, so a query registered on one is found by the others. An index
 * (a sorted set scored by expiry) counts the live queries, so the total holds across instances.
 */
function redisEntries(url: string, prefix: string, { maxEntries, ttlSeconds }: PersistedQueryLimits): Entries {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 })
  redis.on('error', () => undefined)
  const index = `${prefix}:pq-index`
  return {
    get: async (hash) => (await redis.get(`${prefix}:pq:${hash}`)) ?? undefined,
    add: async (hash, query) => {
      const now = Date.now()
      await redis.zremrangebyscore(index, '-inf', now)
      if ((await redis.zscore(index, hash)) === null && (await redis.zcard(index)) >= maxEntries) return false
      await redis
        .multi()
        .set(`${prefix}:pq:${hash}`, query, 'EX', ttlSeconds)
        .zadd(index, now + ttlSeconds * 1000, hash)
        .exec()
      return true
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}

/**
 * Where the hub keeps registered queries: Redis when instances share one, else this instance's
 * memory; bounded in count, and per caller by the hour (counted where rate limits are).
 */
export function persistedQueryStore({
  redisUrl,
  prefix,
  limits = defaultPersistedQueryLimits,
}: {
  redisUrl: string | undefined
  prefix: string
  limits?: PersistedQueryLimits
}): PersistedQueryStore {
  const entries = redisUrl ? redisEntries(redisUrl, prefix, limits) : memoryEntries(limits)
  const counters = counterStore(redisUrl, prefix)
  const perCaller = counters.limiter('pq-register', { points: limits.perCallerPerHour, duration: 3600 })
  return {
    get: entries.get,
    register: async (hash, query, caller) => {
      if ((await entries.get(hash)) === query) return 'stored'
      try {
        await perCaller.consume(caller)
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return 'caller-limit'
        throw rejection
      }
      return (await entries.add(hash, query)) ? 'stored' : 'full'
    },
    close: async () => {
      await Promise.all([entries.close(), counters.close()])
    },
  }
}
