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

/**
 * Fixed one-minute windows per anonymous IP and per partner key. With Redis the counters are
 * shared by every hub instance; if Redis stops answering, an in-memory limiter takes over so
 * readers get limited per instance rather than errors.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined
  redis?.on('error', () => undefined)
  const build = (bucket: string, points: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix: `${options.keyPrefix}:${bucket}`, points, duration: 60 })
    if (!redis) return memory
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${options.keyPrefix}:${bucket}`,
      points,
      duration: 60,
      insuranceLimiter: memory,
    })
  }
  const limits = { anonymous: options.anonymousPerMinute, partner: options.partnerPerMinute }
  const limiters = { anonymous: build('anonymous', limits.anonymous), partner: build('partner', limits.partner) }
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
    ready: async () => {
      if (!redis || redis.status === 'ready') return
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Redis at ${options.redisUrl} does not answer`)), 5000)
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
