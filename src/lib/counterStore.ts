import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

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
