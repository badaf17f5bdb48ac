import proxyAddr from 'proxy-addr'
import { z } from 'zod'

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes')

const envSchema = z.object({
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET is required (npm start writes one into .env on first run)' })
    .min(16, 'PAYLOAD_SECRET must be at least 16 characters'),
  DATABASE_URL: z.string().optional(),
  /** The hub's public origin: every absolute link starts with it, never with a request's Host. */
  SERVER_URL: z
    .url({ message: 'SERVER_URL must be an absolute URL such as https://relais.example.fr' })
    .refine((value) => /^https?:$/.test(new URL(value).protocol) && ['', '/'].includes(new URL(value).pathname), {
      message: 'SERVER_URL must be an http(s) origin without a path, such as https://relais.example.fr',
    })
    .optional(),
  MEDIA_DIR: z.string().optional(),
  JOBS_AUTORUN: booleanFlag.default(true),
  /** For throw-away test databases only: the schema is pushed from the collections, not migrated. */
  DATABASE_PUSH_SCHEMA: booleanFlag.default(false),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Rate-limit counters (and persisted queries) shared by every hub instance; in memory when unset. */
  REDIS_URL: z.url({ message: 'REDIS_URL must be a URL such as redis://127.0.0.1:6379' }).optional(),
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
      const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean)
      try {
        proxyAddr.compile(entries)
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `TRUSTED_PROXIES: ${(error as Error).message}` })
        return z.NEVER
      }
      return entries
    }),
  /** HTTP caches in front of the hub (Varnish) that accept PURGE by tag, comma-separated. */
  CACHE_PURGE_URL: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const urls = value.split(',').map((entry) => entry.trim()).filter(Boolean)
      for (const url of urls) {
        if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) {
          ctx.addIssue({ code: 'custom', message: `CACHE_PURGE_URL: ${JSON.stringify(url)} is not an http(s) URL` })
          return z.NEVER
        }
      }
      return urls
    }),
  /**
   * Seconds a public answer stays fresh in shared caches (s-maxage) and in each instance's
   * memory; every change purges it before. 0 keeps nothing in memory. Default: 60, or 3600
   * when CACHE_PURGE_URL lets the hub purge the cache in front.
   */
  EDGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
  /** Memory each instance may use for public answers. */
  EDGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  DEMO_PASSWORD: z.string().min(8, 'DEMO_PASSWORD must be at least 8 characters').default('relais-demo'),
})

export type Env = z.infer<typeof envSchema>

/** Reads and checks the environment once; a bad value stops the hub with the variable's name. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return parsed.data
}
