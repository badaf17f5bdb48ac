import proxyAddr from 'proxy-addr'
import { z } from 'zod'

import { StartupError } from './startupError'

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes')

const notAPort = 'not a port number; use one from 1 to 65535, such as 3000'
const port = z.coerce.number({ error: notAPort }).int(notAPort).min(1, notAPort).max(65535, notAPort).default(3000)

// A folder, relative to the working directory unless absolute; empty means the default.
const folder = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((value) => value || fallback)

const envSchema = z.object({
  PAYLOAD_SECRET: z
    .string({ error: 'missing. npm start writes one into .env on its first run; elsewhere set a random string (openssl rand -hex 32)' })
    .min(16, 'must be at least 16 characters; set a random string (openssl rand -hex 32)'),
  DATABASE_URL: z.string().optional(),
  /** The hub's public origin: every absolute link starts with it, never with a request's Host. */
  SERVER_URL: z
    .url({ message: "not an absolute URL; set the hub's public origin, such as https://relais.example.fr" })
    .refine((value) => !URL.canParse(value) || (/^https?:$/.test(new URL(value).protocol) && ['', '/'].includes(new URL(value).pathname)), {
      message: 'must be an http(s) origin without a path, such as https://relais.example.fr',
    })
    .optional(),
  /** Where uploaded images are stored (data/media); on shared storage when several instances run. */
  MEDIA_DIR: folder('data/media'),
  /** Where `npm run build:embeds` writes the widgets' scripts and the hub serves them from. */
  EMBED_ASSETS_DIR: folder('dist/embed/v1'),
  /** `production` under `npm start` (and Next's build): no GraphQL playground, introspection or suggestions. */
  NODE_ENV: z.string().optional(),
  /** This process runs the job queue (every instance of a fleet does; tests drive it by hand). */
  JOBS_AUTORUN: booleanFlag.default(true),
  /**
   * How long the jobs of an instance that stopped renewing their lease (it died) wait before
   * another instance runs them again; a running instance renews it every third of it.
   */
  JOBS_LEASE_SECONDS: z.coerce
    .number({ error: 'not a number of seconds; use one from 5 to 3600, such as 30' })
    .int()
    .min(5, 'at least 5 seconds; use one from 5 to 3600, such as 30')
    .max(3600, 'at most 3600 seconds; use one from 5 to 3600, such as 30')
    .default(30),
  /** The address the server listens on; unset, every interface. */
  BIND_ADDRESS: z
    .union([z.ipv4(), z.ipv6(), z.literal('localhost')], {
      error: 'not an IP address; use 127.0.0.1 to serve this machine only, an interface address, or unset it to listen on every interface',
    })
    .optional(),
  /** Seconds a stopping server gives in-flight requests and jobs before it leaves (SIGTERM, SIGINT). */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'not a number of seconds; use one from 1 to 300, such as 10' })
    .int()
    .min(1, 'at least 1 second; use one from 1 to 300, such as 10')
    .max(300, 'at most 300 seconds; use one from 1 to 300, such as 10')
    .default(10),
  /** For throw-away test databases only: the schema is pushed from the collections, not migrated. */
  DATABASE_PUSH_SCHEMA: booleanFlag.default(false),
  PORT: port,
  /** Rate-limit counters (and persisted queries) shared by every hub instance; in memory when unset. */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, message: 'not a Redis URL; use one such as redis://127.0.0.1:6379, or unset it to keep counters in memory' })
    .optional(),
  RATE_LIMIT_PREFIX: z.string().min(1).default('relais'),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_PARTNER_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /** First retry delay of a failed webhook delivery; each further retry doubles it. */
  WEBHOOK_RETRY_DELAY_MS: z.coerce.number().int().min(0).default(30_000),
  /**
   * Addresses of the reverse proxies in front of the hub (IPs or CIDRs, comma-separated, or
   * `loopback`, `linklocal`, `uniquelocal`): X-Forwarded-For is believed only from them.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const entries = value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
      try {
        proxyAddr.compile(entries)
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `${(error as Error).message}; list IP addresses or CIDRs separated by commas (10.0.0.1, 10.0.0.0/8), or loopback, linklocal, uniquelocal`,
        })
        return z.NEVER
      }
      return entries
    }),
  /** HTTP caches in front of the hub (Varnish) that accept PURGE by tag, comma-separated. */
  CACHE_PURGE_URL: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const urls = value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
      for (const url of urls) {
        if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) {
          ctx.addIssue({
            code: 'custom',
            message: `${JSON.stringify(url)} is not an http(s) URL; list the caches' URLs separated by commas, such as http://127.0.0.1:6081`,
          })
          return z.NEVER
        }
      }
      return urls
    }),
  /**
   * Sent with every purge (the `Relais-Purge-Key` header) to the caches of CACHE_PURGE_URL: the
   * committed Varnish configuration refuses purges without it.
   */
  CACHE_PURGE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{32,}$/, 'at least 32 letters, digits, - or _; generate one with openssl rand -hex 32')
    .optional(),
  /**
   * Seconds a public answer stays fresh in the caches every change purges: each instance's memory
   * and the caches of CACHE_PURGE_URL (told through CDN-Cache-Control). 0 keeps nothing.
   */
  EDGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(3600),
  /**
   * Seconds any other shared cache (a host's nginx, a proxy) may keep a public answer: its
   * `s-maxage`, the longest a withdrawn item may stay there. At most EDGE_CACHE_SECONDS.
   */
  SHARED_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Memory each instance may use for public answers. */
  EDGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('relais-demo'),
})

export type Env = z.infer<typeof envSchema>

// A hub purging a cache without the key would leave its answers stale there until they expire.
const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
  if (env.CACHE_PURGE_URL.length && !env.CACHE_PURGE_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['CACHE_PURGE_KEY'],
      message:
        'required with CACHE_PURGE_URL: the cache refuses purges without it; generate one with openssl rand -hex 32 and give Varnish the same (deploy/varnish)',
    })
  }
})

/**
 * Reads and checks the environment; a bad value stops the hub with one line per variable, each
 * naming it and saying what to set (`PAYLOAD_SECRET: must be at least 16 characters; …`).
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = checkedEnvSchema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new StartupError([...new Set(lines)].join('\n'))
  }
  return parsed.data
}

/**
 * PORT alone, checked by the schema's own rule: `npm start` checks it before anything else
 * (before a first run has written PAYLOAD_SECRET, which the whole schema needs).
 */
export function readPort(source: Record<string, string | undefined> = process.env): number {
  const parsed = port.safeParse(source.PORT || undefined)
  if (!parsed.success) throw new StartupError(`PORT: ${JSON.stringify(source.PORT)} is ${parsed.error.issues[0].message}`)
  return parsed.data
}

/** The folders alone, for the commands that build files before the hub has its settings (npm run build). */
export const readFolders = (source: Record<string, string | undefined> = process.env) =>
  envSchema.pick({ MEDIA_DIR: true, EMBED_ASSETS_DIR: true }).parse(source)
