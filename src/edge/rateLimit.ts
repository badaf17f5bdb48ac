import { RateLimiterRes } from 'rate-limiter-flexible'

import { counterStore } from '../lib/counterStore'

export type RateLimitVerdict = { allowed: true; limit: number; remaining: number } | { allowed: false; limit: number; retryAfterSeconds: number }

export type RateLimiter = {
  /** Counts a read (per address or partner), or an attempt to log in (per address). */
  consume: (bucket: 'anonymous' | 'partner' | 'login', key: string) => Promise<RateLimitVerdict>
  /**
   * Unknown or revoked API keys an address presented: `blocked` says, before any look-up, how
   * many seconds it must wait (0 when it may try); `failed` counts one.
   */
  unknownKeys: { blocked: (address: string) => Promise<number>; failed: (address: string) => Promise<void> }
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
 * Login attempts one address may make a minute, counted before the password is hashed (600,000
 * rounds of PBKDF2 each, throttled and unknown accounts included): enough for a person and a few
 * colleagues behind one address, not for a guessing loop that slowed every read.
 */
export const loginAttemptsPerMinute = 30
/** Unknown or revoked API keys one address may present in ten minutes before it waits ten minutes. */
export const unknownKeysPerTenMinutes = 10

/** Fixed one-minute windows per anonymous IP and per partner key; logins and unknown keys per address. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const store = counterStore(options.redisUrl, options.keyPrefix)
  const limits = { anonymous: options.anonymousPerMinute, partner: options.partnerPerMinute, login: loginAttemptsPerMinute }
  const limiters = {
    anonymous: store.limiter('anonymous', { points: limits.anonymous, duration: 60 }),
    partner: store.limiter('partner', { points: limits.partner, duration: 60 }),
    login: store.limiter('login-attempts', { points: limits.login, duration: 60 }),
  }
  const unknownKeys = store.limiter('unknown-keys', { points: unknownKeysPerTenMinutes, duration: 600, blockDuration: 600 })
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
    unknownKeys: {
      blocked: async (address) => {
        const seen = await unknownKeys.get(address)
        return seen && seen.consumedPoints >= unknownKeysPerTenMinutes ? Math.max(1, Math.ceil(seen.msBeforeNext / 1000)) : 0
      },
      failed: async (address) => {
        await unknownKeys.penalty(address)
      },
    },
    ready: store.ready,
    close: store.close,
  }
}
