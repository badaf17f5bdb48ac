import path from 'node:path'

import { readEnv, type Env } from './env'

/**
 * The hub's settings: the environment parsed once (env.ts, the one schema) and what follows
 * from it, worked out once. payload.config.ts reads them when it builds the config, hands them
 * to plugins through their options and keeps them in the config's `custom` for handlers, which
 * reach them through `settingsOf(req.payload)`; commands read them before the config when they
 * need them sooner.
 */
export type Settings = {
  /** Every variable as parsed, for those that need nothing worked out. */
  env: Env
  /** `NODE_ENV=production` (npm start): the one definition of production in the hub. */
  production: boolean
  port: number
  /**
   * The public origin: SERVER_URL's, else http://localhost:PORT (what `npm start` serves and
   * prints). Every absolute link the hub hands out starts with it, never with a request's Host.
   */
  origin: string
  /** SERVER_URL's origin, when one is set: Payload's serverURL (unset, the admin works from any address). */
  serverUrl: string | undefined
  /**
   * The origins whose pages may use an editor's session cookie (Payload's `csrf` list): the
   * public origin, or the addresses `npm start` serves on when SERVER_URL is unset. A cookie
   * sent from any other page, another port of the same host included, authenticates nobody.
   */
  sessionOrigins: string[]
  /** Absolute paths. */
  folders: { media: string; embedAssets: string }
  /** Public reads a minute, per address and per partner key. */
  rateLimits: { anonymousPerMinute: number; partnerPerMinute: number }
  /** Where a purge goes besides this instance: the other instances (Redis), the caches in front. */
  purge: { redisUrl: string | undefined; prefix: string; urls: string[]; key: string | undefined }
  /**
   * Public answers' lifetimes: `purgedMaxAge` in the caches every change purges (this instance's
   * memory; the caches of CACHE_PURGE_URL, through CDN-Cache-Control, when there are some),
   * `sharedMaxAge` in every other shared cache (s-maxage); and the memory each instance keeps them in.
   */
  edgeCache: { purgedMaxAge: number; targetedCaches: boolean; sharedMaxAge: number; staleWhileRevalidate: number; memoryBytes: number }
}

/** Parses the environment (a bad value is a StartupError naming each variable) and works out the rest. */
export function readSettings(source: Record<string, string | undefined> = process.env): Settings {
  const env = readEnv(source)
  const serverUrl = env.SERVER_URL ? new URL(env.SERVER_URL).origin : undefined
  return {
    env,
    production: env.NODE_ENV === 'production',
    port: env.PORT,
    origin: serverUrl ?? `http://localhost:${env.PORT}`,
    serverUrl,
    sessionOrigins: serverUrl ? [serverUrl] : ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${env.PORT}`),
    // Read at run time by the hub's own server: the comments keep Next's build tracer from
    // including the whole project for paths it cannot know.
    folders: {
      media: path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR),
      embedAssets: path.resolve(/*turbopackIgnore: true*/ env.EMBED_ASSETS_DIR),
    },
    rateLimits: { anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, partnerPerMinute: env.RATE_LIMIT_PARTNER_PER_MINUTE },
    purge: { redisUrl: env.REDIS_URL, prefix: env.RATE_LIMIT_PREFIX, urls: env.CACHE_PURGE_URL, key: env.CACHE_PURGE_KEY },
    edgeCache: {
      purgedMaxAge: env.EDGE_CACHE_SECONDS,
      targetedCaches: env.CACHE_PURGE_URL.length > 0,
      sharedMaxAge: Math.min(env.SHARED_CACHE_SECONDS, env.EDGE_CACHE_SECONDS),
      staleWhileRevalidate: 30,
      memoryBytes: env.EDGE_CACHE_MB * 1_000_000,
    },
  }
}

type ConfigHolder = { config: { custom?: Record<string, unknown> } }

/**
 * The settings a hub's config was built with, for code that holds the Payload instance (a
 * handler's `req.payload`, a hook's): read from the config, not from the environment again.
 */
export function settingsOf(payload: ConfigHolder): Settings {
  const settings = payload.config.custom?.settings
  if (!settings) throw new Error('settingsOf: this config was built without the hub settings (payload.config.ts keeps them in custom.settings)')
  return settings as Settings
}
