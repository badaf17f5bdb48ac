import crypto from 'node:crypto'

export type CachePolicy = {
  /** Seconds a shared cache may serve the response without asking again. */
  maxAge: number
  /** Seconds a cache may keep serving a stale copy while it revalidates in the background. */
  staleWhileRevalidate: number
  /** Public responses carry `Access-Control-Allow-Origin: *` and no cookies. */
  cors?: boolean
}

export const publicReadPolicy: CachePolicy = { maxAge: 60, staleWhileRevalidate: 86_400, cors: true }

/** A strong validator of the exact bytes sent. */
export const etagOf = (body: string | Uint8Array): string =>
  `"${crypto.createHash('sha1').update(body).digest('base64url')}"`

/** True when the request's If-None-Match names this ETag (or `*`), ignoring weak prefixes. */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/**
 * Answers a GET with caching headers and an ETag, or with 304 when the client already has
 * these bytes. Content changes change the ETag at once, so a publish shows up on the next
 * revalidation.
 */
export function cachedResponse(
  request: Request,
  body: string | Uint8Array,
  contentType: string,
  policy: CachePolicy = publicReadPolicy,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = etagOf(body)
  const headers = new Headers({
    'Cache-Control': `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...extraHeaders,
  })
  if (policy.cors) headers.set('Access-Control-Allow-Origin', '*')
  if (matchesIfNoneMatch(request, etag)) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', contentType)
  return new Response(body as BodyInit, { status: 200, headers })
}

export const cachedJson = (request: Request, data: unknown, policy?: CachePolicy): Response =>
  cachedResponse(request, JSON.stringify(data), 'application/json; charset=utf-8', policy)
