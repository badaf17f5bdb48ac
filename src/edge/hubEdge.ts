import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { cacheScheduleOf } from '../../plugins/cachePurge'
import { settingsOf, type Settings } from '../lib/settings'
import { createEdge, type EdgeSettings } from './edge'
import { createMemoryStore } from './memoryStore'
import { persistedQueryStore } from './persistedQueries'
import { createPublicCache } from './publicCache'
import { purgeBusOf, type PurgeBus } from './purgeBus'
import { startOutboxApplier } from './purgeOutbox'
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
  purgedMaxAge: settings.edgeCache.purgedMaxAge,
  targetedCaches: settings.edgeCache.targetedCaches,
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
 * this instance's memory of public answers purged by every change (its own at once, other
 * instances' through Redis, and every committed change through the outbox, which this instance
 * also applies to the caches in front), answers kept no longer than the next news expiry, the
 * rate limiter and persisted queries (shared through Redis when set), and Next behind for the admin.
 */
export function createHubEdge(payload: Payload, { settings = settingsOf(payload), purgeBus = purgeBusOf(payload), fallback }: HubEdgeOptions = {}) {
  const cache = createPublicCache(createMemoryStore({ ttlSeconds: settings.edgeCache.purgedMaxAge, maxBytes: settings.edgeCache.memoryBytes }))
  const schedule = cacheScheduleOf(payload.config)
  // MongoDB's ids are not a sequence: a MongoDB hub is one instance, purged at each commit.
  const outbox =
    payload.db.name === 'mongoose'
      ? undefined
      : startOutboxApplier({
          payload,
          // The next expiry is read again first: an answer computed after the purge is then kept no longer than it.
          apply: async (tags) => {
            await schedule?.changed(tags)
            cache.purge(tags)
            purgeBus.purgeCaches(tags)
          },
        })
  const unsubscribe = purgeBus.subscribe((tags, outboxId) => {
    cache.purge(tags)
    // Made here: its row is applied already (memory and caches in front), not a second time.
    if (outboxId !== undefined) outbox?.appliedHere(outboxId)
    // A purge heard from another instance (or made here) has its outbox row committed: read it now.
    outbox?.wake()
  })
  const limiter = createRateLimiter({ ...settings.rateLimits, redisUrl: settings.env.REDIS_URL, keyPrefix: settings.env.RATE_LIMIT_PREFIX })
  const persistedQueries = persistedQueryStore({ redisUrl: settings.env.REDIS_URL, prefix: settings.env.RATE_LIMIT_PREFIX })
  const routes = hubRoutes(payload.config, payload, { production: settings.production, persistedQueries })
  const edgeOptions = edgeSettings(settings)
  return {
    handle: createEdge({ payload, routes, settings: edgeOptions, cache, limiter, nextChange: schedule?.nextChange, fallback }),
    cache,
    settings: edgeOptions,
    close: async (): Promise<void> => {
      unsubscribe()
      await Promise.all([limiter.close(), persistedQueries.close(), outbox?.stop()])
    },
  }
}
