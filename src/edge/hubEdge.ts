import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { readEnv, type Env } from '../lib/env'
import { publicOrigin } from '../lib/publicOrigin'
import { sessionOrigins } from '../lib/sessionOrigins'
import { maxJsonBodyBytes } from './writeBody'
import { createEdge, type EdgeSettings } from './edge'
import { createMemoryStore } from './memoryStore'
import { createPublicCache } from './publicCache'
import { hubPurgeBus } from './purgeBus'
import { hubRateLimiter } from './rateLimit'
import { hubRoutes } from './routes'

/** Without a purgeable cache in front, a shared cache may keep an answer a minute at most. */
export function edgeSettings(env: Env = readEnv()): EdgeSettings {
  return {
    origin: publicOrigin(),
    sessionOrigins: sessionOrigins(env),
    trustedProxies: env.TRUSTED_PROXIES,
    sharedMaxAge: env.EDGE_CACHE_SECONDS ?? (env.CACHE_PURGE_URL.length ? 3600 : 60),
    staleWhileRevalidate: 30,
    maxJsonBytes: maxJsonBodyBytes,
    maxUploadBytes: 25_000_000,
  }
}

/**
 * The hub's edge as `npm start` and the test suite serve it: the routing table from the config,
 * this instance's memory of public answers purged by every change (its own, other instances'
 * through Redis), the shared rate limiter, and Next behind for the admin.
 */
export function createHubEdge(
  payload: Payload,
  { production, fallback }: { production: boolean; fallback?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void> },
) {
  const env = readEnv()
  const settings = edgeSettings(env)
  const cache = createPublicCache(
    createMemoryStore({ ttlSeconds: env.EDGE_CACHE_SECONDS ?? settings.sharedMaxAge, maxBytes: env.EDGE_CACHE_MB * 1_000_000 }),
  )
  const bus = hubPurgeBus()
  const unsubscribe = bus.subscribe((tags) => cache.purge(tags))
  const handle = createEdge({
    payload,
    routes: hubRoutes(payload.config, payload, { production }),
    settings,
    cache,
    limiter: hubRateLimiter(),
    fallback,
  })
  return {
    handle,
    cache,
    settings,
    close: () => {
      unsubscribe()
    },
  }
}
