import proxyAddr from 'proxy-addr'
import { z } from 'zod'

import { StartupError } from './startupError'

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes')

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
  MEDIA_DIR: z.string().optional(),
  JOBS_AUTORUN: booleanFlag.default(true),
  /** For throw-away test databases only: the schema is pushed from the collections, not migrated. */
  DATABASE_PUSH_SCHEMA: booleanFlag.default(false),
  PORT: z.coerce
    .number({ error: 'not a port number; use one from 1 to 65535, such as 3000' })
    .int()
    .min(1)
    .max(65535, 'not a port number; use one from 1 to 65535, such as 3000')
    .default(3000),
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
   * Seconds a public answer stays fresh in shared caches (s-maxage) and in each instance's
   * memory; every change purges it before. 0 keeps nothing in memory. Default: 60, or 3600
   * when CACHE_PURGE_URL lets the hub purge the cache in front.
   */
  EDGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
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
