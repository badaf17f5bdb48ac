import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { settingsOf, type Settings } from '../lib/settings'
import { createEdge, type EdgeSettings } from './edge'
import { createMemoryStore } from './memoryStore'
import { persistedQueryStore } from './persistedQueries'
import { createPublicCache } from './publicCache'
import { purgeBusOf, type PurgeBus } from './purgeBus'
import { createRateLimiter } from './rateLimit'
import { hubRoutes } from './routes'
import { maxJsonBodyBytes } from './writeBody'

/** Images and other uploads may be larger than a JSON write. */
const maxUploadBytes = 25_000_000

/** What the edge needs of the hub's settings. */
const edgeSettings = (settings: Settings): EdgeSettings => ({
  origin: settings.origin,
  sessionOrigins: settings.sessionOrigins,
  trustedProxies: settings.env.TRUSTED_PROXIES,
  sharedMaxAge: settings.edgeCache.sharedMaxAge,
  staleWhileRevalidate: settings.edgeCache.staleWhileRevalidate,
  maxJsonBytes: maxJsonBodyBytes,
  maxUploadBytes,
})

export type HubEdgeOptions = {
  /** The settings the config was built with, unless told otherwise. */
  settings?: Settings
  /** The config's purge bus, unless told otherwise. */
  purgeBus?: PurgeBus
  /** Everything the edge does not route (the admin, Next's assets). */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>
}

/**
 * The hub's edge as `npm start` and the test suite serve it: the routing table from the config,
 * this instance's memory of public answers purged by every change (its own, other instances'
 * through Redis), the rate limiter and persisted queries (shared through Redis when set), and
 * Next behind for the admin.
 */
export function createHubEdge(payload: Payload, { settings = settingsOf(payload), purgeBus = purgeBusOf(payload), fallback }: HubEdgeOptions = {}) {
  const cache = createPublicCache(createMemoryStore({ ttlSeconds: settings.edgeCache.sharedMaxAge, maxBytes: settings.edgeCache.memoryBytes }))
  const unsubscribe = purgeBus.subscribe((tags) => cache.purge(tags))
  const limiter = createRateLimiter({ ...settings.rateLimits, redisUrl: settings.env.REDIS_URL, keyPrefix: settings.env.RATE_LIMIT_PREFIX })
  const persistedQueries = persistedQueryStore({ redisUrl: settings.env.REDIS_URL, prefix: settings.env.RATE_LIMIT_PREFIX })
  const routes = hubRoutes(payload.config, payload, { production: settings.production, persistedQueries })
  const edgeOptions = edgeSettings(settings)
  return {
    handle: createEdge({ payload, routes, settings: edgeOptions, cache, limiter, fallback }),
    cache,
    settings: edgeOptions,
    close: async (): Promise<void> => {
      unsubscribe()
      await Promise.all([limiter.close(), persistedQueries.close()])
    },
  }
}
