import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { readEnv } from '../lib/env'

export type RateLimitVerdict =
  | { allowed: true; limit: number; remaining: number }
  | { allowed: false; limit: number; retryAfterSeconds: number }

export type RateLimiter = {
  consume: (bucket: 'anonymous' | 'partner', key: string) => Promise<RateLimitVerdict>
  /** Resolves once the counters' store answers (at once in memory); until then the fallback counts. */
  ready: () => Promise<void>
  close: () => Promise<void>
}

export type RateLimiterOptions = {
  anonymousPerMinute: number
  partnerPerMinute: number
  redisUrl?: string
  /** Prefix of every Redis key, so several hubs or test runs can share one Redis. */
  keyPrefix: string
}

export type CounterStore = {
  /** Counters of one kind (`bucket`): `points` per `duration` seconds, then blocked `blockDuration` seconds. */
  limiter: (bucket: string, options: { points: number; duration: number; blockDuration?: number }) => RateLimiterAbstract
  ready: () => Promise<void>
  close: () => Promise<void>
}

/**
 * Where counters live: Redis when configured, so every hub instance shares them; if Redis
 * stops answering, an in-memory limiter takes over, counting per instance rather than failing.
 */
export function counterStore(redisUrl: string | undefined, keyPrefix: string): CounterStore {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined
  redis?.on('error', () => undefined)
  return {
    limiter: (bucket, options) => {
      const memory = new RateLimiterMemory({ keyPrefix: `${keyPrefix}:${bucket}`, ...options })
      if (!redis) return memory
      return new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keyPrefix}:${bucket}`, ...options, insuranceLimiter: memory })
    },
    ready: async () => {
      if (!redis || redis.status === 'ready') return
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Redis at ${redisUrl} does not answer`)), 5000)
        redis.once('ready', () => {
          clearTimeout(timer)
          resolve()
        })
      })
    },
    close: async () => {
      if (redis) await redis.quit().catch(() => redis.disconnect())
    },
  }
}

/** Fixed one-minute windows per anonymous IP and per partner key. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const store = counterStore(options.redisUrl, options.keyPrefix)
  const limits = { anonymous: options.anonymousPerMinute, partner: options.partnerPerMinute }
  const limiters = {
    anonymous: store.limiter('anonymous', { points: limits.anonymous, duration: 60 }),
    partner: store.limiter('partner', { points: limits.partner, duration: 60 }),
  }
  return {
    consume: async (bucket, key) => {
      const limit = limits[bucket]
      try {
        const result = await limiters[bucket].consume(key)
        return { allowed: true, limit, remaining: result.remainingPoints }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, limit, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
        }
        throw rejection
      }
    },
    ready: store.ready,
    close: store.close,
  }
}

let shared: RateLimiter | undefined

/** The hub's limiter, configured from the environment on first use. */
export function hubRateLimiter(): RateLimiter {
  if (!shared) {
    const env = readEnv()
    shared = createRateLimiter({
      anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      partnerPerMinute: env.RATE_LIMIT_PARTNER_PER_MINUTE,
      redisUrl: env.REDIS_URL,
      keyPrefix: env.RATE_LIMIT_PREFIX,
    })
  }
  return shared
}
