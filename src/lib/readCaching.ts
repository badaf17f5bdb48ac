import type { Caller } from './caller'
import { cachedResponse, publicReadPolicy } from './httpCache'

/** Who may keep a copy: anyone for anonymous reads, only the partner's own client for a key, nobody for an editor. */
export function cacheHeadersFor(caller: Caller): { policy: typeof publicReadPolicy; headers: Record<string, string> } {
  const vary = { Vary: 'Authorization, Cookie, Accept-Encoding' }
  if (caller.kind === 'anonymous') return { policy: publicReadPolicy, headers: vary }
  const cacheControl = caller.kind === 'partner' ? 'private, no-cache' : 'private, no-store'
  return { policy: { ...publicReadPolicy, cors: false }, headers: { ...vary, 'Cache-Control': cacheControl } }
}

/**
 * Gives a successful JSON read an ETag, Cache-Control and 304 answers. Responses that already
 * carry an ETag (feeds, widget data, which call cachedResponse themselves), files and errors
 * pass through untouched.
 */
export async function cacheableRead(request: Request, response: Response, caller: Caller): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (response.status !== 200 || response.headers.has('etag') || !type.includes('json')) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const { policy, headers } = cacheHeadersFor(caller)
  const kept: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    if (!['content-length', 'content-type', 'cache-control', 'etag', 'vary'].includes(key)) kept[key] = value
  })
  return cachedResponse(request, body, type, policy, { ...kept, ...headers })
}
