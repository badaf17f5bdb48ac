import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'

import { BodyTooLargeError } from './errors'

/** The public site requests are read against: its host and scheme, never the request's own. */
export type PublicSite = { host: string; https: boolean }

export const publicSiteOf = (origin: string): PublicSite => ({ host: new URL(origin).host, https: origin.startsWith('https:') })

/** The largest body a request may send: uploads (multipart) are larger than JSON writes. */
export type BodyLimits = { maxJsonBytes: number; maxUploadBytes: number }

export const bodyLimitOf = (headers: IncomingHttpHeaders, limits: BodyLimits): number =>
  (headers['content-type'] ?? '').startsWith('multipart/form-data') ? limits.maxUploadBytes : limits.maxJsonBytes

// Headers about the connection, and those a client could use to pose as another host, address or scheme.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
])

/**
 * The headers a handler sees: the client's own, less hop-by-hop and forwarding headers, with
 * the public host and scheme and the reader's address as the edge decided them. A read that
 * may be shared drops the client's validators: the edge answers 304 itself, from the bytes.
 */
export function forwardedHeaders(headers: IncomingHttpHeaders, site: PublicSite, ip: string, dropValidators: boolean): Headers {
  const forwarded = new Headers()
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || hopByHop.has(key)) continue
    if (dropValidators && (key === 'if-none-match' || key === 'if-modified-since')) continue
    if (Array.isArray(value)) for (const v of value) forwarded.append(key, v)
    else forwarded.set(key, value)
  }
  forwarded.set('host', site.host)
  forwarded.set('x-forwarded-for', ip)
  forwarded.set('x-forwarded-proto', site.https ? 'https' : 'http')
  return forwarded
}

/** The request's body as a stream that fails with BodyTooLargeError past `limit` bytes. */
export function countedBody(source: AsyncIterable<unknown>, limit: number): ReadableStream {
  let seen = 0
  const counted = Readable.from(
    (async function* () {
      for await (const chunk of source) {
        seen += (chunk as Buffer).byteLength
        if (seen > limit) throw new BodyTooLargeError(limit)
        yield chunk as Buffer
      }
    })(),
  )
  return Readable.toWeb(counted) as ReadableStream
}

/**
 * A path as every reader of it will see it: each segment decoded once and escaped again the one
 * way, empty segments dropped (`/api//units/` is `/api/units`). Payload and the route matcher
 * decode paths, so a check or a cache key on the raw spelling (`/api/%75nits`) would read
 * another path than the one served. A malformed escape, a NUL, an escaped `/` or `\` and a
 * `..` that would climb out are refused.
 */
export function canonicalPath(pathname: string): string | { problem: string } {
  const segments: string[] = []
  for (const raw of pathname.split('/')) {
    if (!raw) continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return { problem: `path: malformed percent-encoding in "${raw.slice(0, 100)}" (write % as %25)` }
    }
    if (segment.includes('\u0000')) return { problem: `path: ${JSON.stringify(segment.slice(0, 100))} contains a NUL character` }
    if (/[/\\]/.test(segment)) return { problem: `path: "${raw.slice(0, 100)}" hides a / or \\ in an escape` }
    if (segment === '.' || segment === '..') return { problem: 'path: . and .. are not names' }
    segments.push(encodeURIComponent(segment).replace(/%(3A|40|2C|3B|3D|2B|24|26)/g, (escape) => decodeURIComponent(escape)))
  }
  return `/${segments.join('/')}`
}

/** The request target as a URL on the public origin, its path in its one spelling, or why it is not one. */
export function targetOf(target: string, origin: string): URL | { problem: string } {
  if (!target.startsWith('/')) return { problem: 'request-target: must be a path such as /api/news' }
  let url: URL
  try {
    url = new URL(target, origin)
  } catch {
    return { problem: 'request-target: not a valid path' }
  }
  // The raw path, before the URL parser resolves `%2e%2e` and keeps other escapes as sent.
  const rawPath = target.split(/[?#]/, 1)[0]
  const path = canonicalPath(rawPath)
  if (typeof path !== 'string') return path
  url.pathname = path
  return url
}

/**
 * A Fetch API request for a handler: the public URL, the forwarded headers, and the body
 * streamed through its limit. HEAD is asked as GET (the edge drops the body it answers).
 */
export function handlerRequest(
  req: IncomingMessage,
  url: URL,
  { site, ip, bodyLimit }: { site: PublicSite; ip: string; bodyLimit: number },
): Request {
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS'
  return new Request(url, {
    method: method === 'HEAD' ? 'GET' : method,
    headers: forwardedHeaders(req.headers, site, ip, false),
    body: hasBody ? countedBody(req, bodyLimit) : undefined,
    duplex: 'half',
  } as RequestInit)
}
