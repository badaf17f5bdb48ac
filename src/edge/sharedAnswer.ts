import type { Answer } from './answer'
import type { CachedAnswer } from './answerStore'
import { isShareable, parseSurrogateKey, readCachePolicy, surrogateKey, type CachePolicy } from './contract'
import type { PurgedSinceStart } from './publicCache'
import { etagOf } from './validators'

/** How long shared caches keep public answers: the hub's settings. */
export type SharedLifetimes = {
  /** s-maxage of public answers, and how long an instance keeps them. */
  sharedMaxAge: number
  staleWhileRevalidate: number
}

/** Each credential changes the answer; every encoding is different bytes. */
export const vary = 'Accept-Encoding, Authorization, Cookie'

/** Seconds shared caches may keep an answer: the hub's setting, or less when the handler knows it ends sooner. */
const sharedSeconds = (policy: CachePolicy, lifetimes: SharedLifetimes): number => Math.min(lifetimes.sharedMaxAge, policy.sharedMaxAge ?? Infinity)

/**
 * The `Cache-Control` of a public answer: browsers keep it as long as the handler said (not at
 * all by default), shared caches as long as the hub says, and may serve it stale while they
 * revalidate or while the hub is down. Immutable files keep the handler's own header.
 */
export function sharedCacheControl(policy: CachePolicy, handlerHeader: string | null, lifetimes: SharedLifetimes): string {
  if (policy.immutable && handlerHeader) return handlerHeader
  return `public, max-age=${policy.maxAge ?? 0}, s-maxage=${sharedSeconds(policy, lifetimes)}, stale-while-revalidate=${lifetimes.staleWhileRevalidate}, stale-if-error=86400`
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
  }: { lifetimes: SharedLifetimes; security: (headers: Headers) => Record<string, string>; purgedSinceStart: PurgedSinceStart },
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
  headers.set('Cache-Control', purgedSinceStart(tags) ? 'no-store' : sharedCacheControl(policy, handlerHeader, lifetimes))
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
      ttlSeconds: sharedSeconds(policy, lifetimes),
    },
  }
}
