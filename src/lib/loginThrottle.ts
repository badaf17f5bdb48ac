import { RateLimiterRes } from 'rate-limiter-flexible'

import type { Settings } from './settings'
import { counterStore } from './counterStore'

/*
 * Failed logins are counted per account *and* address, so nobody can lock a known account
 * from their own machine (Payload's per-account lock let anyone shut out the admin with ten
 * wrong passwords), plus per address across every account, which slows a guessing run over
 * many accounts. A successful login clears its own failures.
 */
export const loginLimits = {
  perAccountAndAddress: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  perAddress: { points: 100, duration: 60 * 60, blockDuration: 60 * 60 },
}

export type LoginThrottle = {
  /** Counts one attempt; false when this account from this address, or this address, must wait. */
  attempt: (email: string, address: string) => Promise<boolean>
  /** A login that succeeded does not count as a failure. */
  succeeded: (email: string, address: string) => Promise<void>
  /** Resolves once the counters' store answers (at once in memory). */
  ready: () => Promise<void>
  close: () => Promise<void>
}

export function createLoginThrottle(redisUrl: string | undefined, keyPrefix: string, limits = loginLimits): LoginThrottle {
  const store = counterStore(redisUrl, keyPrefix)
  const accountAtAddress = store.limiter('login-account', limits.perAccountAndAddress)
  const address = store.limiter('login-address', limits.perAddress)
  const key = (email: string, from: string) => `${email}|${from}`
  return {
    attempt: async (email, from) => {
      try {
        await Promise.all([accountAtAddress.consume(key(email, from)), address.consume(from)])
        return true
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false
        throw rejection
      }
    },
    succeeded: async (email, from) => {
      await Promise.all([accountAtAddress.delete(key(email, from)), address.reward(from)])
    },
    ready: store.ready,
    close: store.close,
  }
}

const throttles = new WeakMap<Settings, LoginThrottle>()

/** The hub's throttle for these settings, made on first use (Redis when REDIS_URL is set). */
export function hubLoginThrottle(settings: Settings): LoginThrottle {
  let throttle = throttles.get(settings)
  if (!throttle) throttles.set(settings, (throttle = createLoginThrottle(settings.env.REDIS_URL, settings.env.RATE_LIMIT_PREFIX)))
  return throttle
}
