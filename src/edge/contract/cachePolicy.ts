import { parse } from '@tusbar/cache-control'

/**
 * What an answer's `Cache-Control` says, read once into the few directives the edge acts on.
 * A handler writes it (through publicAnswer, or Payload's own handlers); the edge reads it to
 * decide whether every reader may share the answer and for how long.
 */
export type CachePolicy = {
  /** Nobody may keep it (`no-store`). */
  noStore: boolean
  /** Only the reader's own browser may keep it (`private`). */
  private: boolean
  /** Content-addressed bytes that never change (`immutable`): the handler's header is kept whole. */
  immutable: boolean
  /** Seconds browsers may reuse it without asking (`max-age`). */
  maxAge?: number
  /** Seconds shared caches may keep it (`s-maxage`): a handler's upper bound on the edge's own lifetime. */
  sharedMaxAge?: number
}

/** Parses a `Cache-Control` header (missing or empty: no directive at all). */
export function readCachePolicy(header: string | null | undefined): CachePolicy {
  const directives = parse(header ?? '')
  return {
    noStore: directives.noStore === true,
    private: directives.private === true,
    immutable: directives.immutable === true,
    maxAge: directives.maxAge ?? undefined,
    sharedMaxAge: directives.sharedMaxAge ?? undefined,
  }
}

/** Whether every reader may be given the same copy: neither `no-store` nor `private`. */
export const isShareable = (policy: CachePolicy): boolean => !policy.noStore && !policy.private

/** The one year browsers keep immutable files. */
const immutableSeconds = 31_536_000

/**
 * The `Cache-Control` a public handler asks for, or none: the edge sets the shared lifetime
 * itself, so a handler only tells what it knows better (how long a browser may reuse the
 * answer, when the answer stops being true, that the bytes never change).
 */
export function cacheControlHint({
  browserMaxAge,
  sharedMaxAge,
  immutable,
}: {
  browserMaxAge?: number
  sharedMaxAge?: number
  immutable?: boolean
}): string | undefined {
  if (immutable) return `public, max-age=${immutableSeconds}, immutable`
  const hints = [...(browserMaxAge ? [`max-age=${browserMaxAge}`] : []), ...(sharedMaxAge !== undefined ? [`s-maxage=${sharedMaxAge}`] : [])]
  return hints.length ? `public, ${hints.join(', ')}` : undefined
}
