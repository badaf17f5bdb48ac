import type { Answer } from './answer'
import type { CachedAnswer } from './answerStore'
import { isShareable, parseSurrogateKey, readCachePolicy, surrogateKey, type CachePolicy } from './contract'
import type { PurgedSinceStart } from './publicCache'
import { etagOf } from './validators'

/** How long caches keep public answers: the hub's settings. */
export type SharedLifetimes = {
  /** `s-maxage`: what every shared cache may keep an answer, including those the hub cannot purge. */
  sharedMaxAge: number
  /** What the caches every change purges keep it: this instance's memory, and the caches of CACHE_PURGE_URL. */
  purgedMaxAge: number
  /** The caches of CACHE_PURGE_URL are told `purgedMaxAge` through `CDN-Cache-Control` (RFC 9213), which Varnish reads and strips. */
  targetedCaches: boolean
  staleWhileRevalidate: number
}

/** When an answer with these tags changes next without a save (a news item's expiry), in ms, if known. */
export type NextChange = (tags: string[]) => number | undefined

/** Each credential changes the answer; every encoding is different bytes. */
export const vary = 'Accept-Encoding, Authorization, Cookie'

/** Seconds left before the next change the answer cannot be purged for: nobody may keep it longer. */
const secondsBefore = (next: number | undefined): number => (next === undefined ? Infinity : Math.max(0, Math.floor((next - Date.now()) / 1000)))

/** How long each kind of cache may keep an answer: the hub's settings, or less when the handler or the schedule knows it ends sooner. */
function lifetimesOf(policy: CachePolicy, lifetimes: SharedLifetimes, next?: number) {
  const bound = Math.min(policy.sharedMaxAge ?? Infinity, secondsBefore(next))
  return { shared: Math.min(lifetimes.sharedMaxAge, bound), purged: Math.min(lifetimes.purgedMaxAge, bound) }
}

// Served stale only while the hub fails: a cache the hub cannot purge never shows an answer past its s-maxage otherwise.
const ifError = 'stale-if-error=86400'

/**
 * The `Cache-Control` of a public answer: browsers keep it as long as the handler said (not at
 * all by default), shared caches as long as the hub says, and may serve it stale only while the
 * hub fails (no stale-while-revalidate: that would stretch the staleness of caches the hub cannot
 * purge past their s-maxage). Immutable files keep the handler's own header.
 */
export function sharedCacheControl(policy: CachePolicy, handlerHeader: string | null, lifetimes: SharedLifetimes, next?: number): string {
  if (policy.immutable && handlerHeader) return handlerHeader
  return `public, max-age=${policy.maxAge ?? 0}, s-maxage=${lifetimesOf(policy, lifetimes, next).shared}, ${ifError}`
}

/** The longer lifetime of the caches the hub purges (RFC 9213's targeted field), or none. */
export function cdnCacheControl(policy: CachePolicy, lifetimes: SharedLifetimes, next?: number): string | undefined {
  if (!lifetimes.targetedCaches || policy.immutable) return undefined
  return `max-age=${lifetimesOf(policy, lifetimes, next).purged}, stale-while-revalidate=${lifetimes.staleWhileRevalidate}, ${ifError}`
}

// A shared answer carries none of these: they are the handler's or one reader's.
const dropped = [
  'set-cookie',
  'content-length',
  'etag',
  'vary',
  'x-powered-by',
  'content-encoding',
  'access-control-allow-headers',
  'access-control-allow-methods',
]

/**
 * A handler's successful answer (200) made one every anonymous reader may share: its tags, a
 * strong ETag, the shared Cache-Control, Vary, open CORS and the security headers. An answer
 * without tags, or that its handler marks `no-store` or `private`, is sent as it is, never
 * shared. An answer whose tags were purged while it was computed is sent `no-store`.
 */
export function sharedAnswer(
  answer: Answer,
  {
    lifetimes,
    security,
    purgedSinceStart,
    nextChange,
  }: {
    lifetimes: SharedLifetimes
    security: (headers: Headers) => Record<string, string>
    purgedSinceStart: PurgedSinceStart
    nextChange?: NextChange
  },
): { shared: CachedAnswer } | { other: Answer } {
  const tags = parseSurrogateKey(answer.headers.get('surrogate-key'))
  const handlerHeader = answer.headers.get('cache-control')
  const policy = readCachePolicy(handlerHeader)
  if (tags.length === 0 || !isShareable(policy)) {
    answer.headers.set('Cache-Control', 'no-store')
    answer.headers.delete('surrogate-key')
    return { other: answer }
  }
  const headers = new Headers(answer.headers)
  for (const name of dropped) headers.delete(name)
  const etag = answer.headers.get('etag') ?? etagOf(answer.body)
  const next = nextChange?.(tags)
  const purged = purgedSinceStart(tags)
  headers.set('Cache-Control', purged ? 'no-store' : sharedCacheControl(policy, handlerHeader, lifetimes, next))
  const targeted = purged ? undefined : cdnCacheControl(policy, lifetimes, next)
  if (targeted) headers.set('CDN-Cache-Control', targeted)
  else headers.delete('CDN-Cache-Control')
  headers.set('Vary', vary)
  headers.set('Surrogate-Key', surrogateKey(tags))
  headers.set('Access-Control-Allow-Origin', '*')
  headers.set('Access-Control-Expose-Headers', 'ETag, Last-Modified')
  for (const [key, value] of Object.entries(security(headers))) headers.set(key, value)
  return {
    shared: {
      status: 200,
      headers: [...headers].map(([key, value]) => [key.toLowerCase(), value]),
      body: answer.body,
      etag,
      tags,
      encoded: {},
      ttlSeconds: lifetimesOf(policy, lifetimes, next).purged,
      changesAt: next,
    },
  }
}
