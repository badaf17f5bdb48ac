import { Redis } from 'ioredis'
import type { Payload } from 'payload'

const noStore = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json' }

/** The process is up and answering. */
export function healthResponse(): Response {
  return new Response(JSON.stringify({ status: 'ok' }), { status: 200, headers: noStore })
}

type Check = { status: 'up'; latencyMs: number } | { status: 'down'; reason: string } | { status: 'not configured' }

let stopping = false

/** From now on this instance says it is not ready, so that the cache in front sends its readers elsewhere while it drains. */
export function markStopping(): void {
  stopping = true
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** A count works the same on every adapter, which a raw `SELECT 1` would not. */
async function checkDatabase(getPayload: () => Promise<Payload>, timeoutMs: number): Promise<Check & { adapter?: string }> {
  const started = Date.now()
  try {
    const adapter = await withTimeout(
      (async () => {
        const payload = await getPayload()
        await payload.count({ collection: 'users', overrideAccess: true })
        return payload.db.name
      })(),
      timeoutMs,
      'database',
    )
    return { status: 'up', adapter, latencyMs: Date.now() - started }
  } catch (error) {
    return { status: 'down', reason: reasonOf(error) }
  }
}

let probe: Redis | undefined
let probeUrl: string | undefined

/** One connection of its own, never queued while Redis is away: a PING answered now, or "down". */
async function checkRedis(url: string | undefined, timeoutMs: number): Promise<Check> {
  if (!url) return { status: 'not configured' }
  if (probe && probeUrl !== url) closeHealthChecks()
  probe ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: timeoutMs }).on('error', () => undefined)
  probeUrl = url
  const started = Date.now()
  const redis = probe
  try {
    if (redis.status !== 'ready') await withTimeout(new Promise((resolve) => redis.once('ready', resolve)), timeoutMs, 'Redis')
    await withTimeout(redis.ping(), timeoutMs, 'Redis')
    return { status: 'up', latencyMs: Date.now() - started }
  } catch (error) {
    return { status: 'down', reason: reasonOf(error) }
  }
}

/** Closes the readiness probe's own Redis connection (at shutdown). */
export function closeHealthChecks(): void {
  probe?.disconnect()
  probe = undefined
}

/**
 * Whether this instance can serve, and what is down: 200 `{ status: 'ready', database, redis }`,
 * or a 503 problem whose `detail` says why and whose `database` and `redis` say what is down.
 * 503 while the database does not answer
 * within `timeoutMs` (nothing but cached answers could be served) or while the instance stops;
 * Redis being down is reported but keeps the instance ready, since every instance shares the same
 * Redis and each works without it (counters fall back to its own memory).
 */
export async function readinessResponse(getPayload: () => Promise<Payload>, redisUrl: string | undefined, timeoutMs = 3000): Promise<Response> {
  const [database, redis] = await Promise.all([checkDatabase(getPayload, timeoutMs), checkRedis(redisUrl, Math.min(timeoutMs, 1000))])
  if (!stopping && database.status === 'up')
    return new Response(JSON.stringify({ status: 'ready', database, redis }), { status: 200, headers: noStore })
  // An RFC 9457 problem like every error of the edge, which keeps it whole: what is down travels in its extension members.
  const detail = stopping ? 'this instance is stopping' : `database: ${(database as { reason: string }).reason}`
  const body = {
    type: 'about:blank',
    title: 'Service Unavailable',
    status: 503,
    detail,
    state: stopping ? 'stopping' : 'unavailable',
    database,
    redis,
  }
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'application/problem+json; charset=utf-8', 'Retry-After': '5' },
  })
}
