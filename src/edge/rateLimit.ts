import { RateLimiterRes } from 'rate-limiter-flexible'

import { counterStore } from '../lib/counterStore'

export type RateLimitVerdict = { allowed: true; limit: number; remaining: number } | { allowed: false; limit: number; retryAfterSeconds: number }

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
