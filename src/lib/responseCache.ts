import { matchesIfNoneMatch } from './httpCache'

type Entry = { status: 200; headers: [string, string][]; body: Uint8Array; expires: number; generation: number }

let generation = 0

/** Any content change in this instance makes every cached anonymous answer stale at once. */
export function bumpContentGeneration(): void {
  generation += 1
}

export type ResponseCache = (request: Request, compute: (request: Request) => Promise<Response>) => Promise<Response>

function answer(request: Request, body: Uint8Array, headers: Headers): Response {
  const etag = headers.get('etag')
  if (etag && matchesIfNoneMatch(request, etag)) {
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(body as BodyInit, { status: 200, headers })
}

/**
 * A short-lived in-process cache of anonymous public answers (micro-caching): under load the
 * same few URLs are asked thousands of times a second, and answering them from memory instead
 * of the database is what lets one hub serve many widgets. Entries die after `ttlSeconds` (an
 * expiry date passing, or a change saved on another instance, shows within that delay) and at
 * once when content changes in this instance. Only 200 answers that carry an ETag are kept.
 */
export function createResponseCache(ttlSeconds: number, maxEntries = 2000, maxBytes = 1_000_000, maxTotalBytes = 64_000_000): ResponseCache {
  const entries = new Map<string, Entry>()
  let totalBytes = 0
  const forget = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    totalBytes -= entry.body.byteLength
    entries.delete(key)
  }
  return async (request, compute) => {
    if (ttlSeconds <= 0) return compute(request)
    const key = [request.url, request.headers.get('accept') ?? '', request.headers.get('accept-language') ?? ''].join('\n')
    const now = Date.now()
    const hit = entries.get(key)
    if (hit && hit.expires > now && hit.generation === generation) return answer(request, hit.body, new Headers(hit.headers))

    // Computed without the client's validator, so that a full answer can be kept for others.
    const headers = new Headers(request.headers)
    headers.delete('if-none-match')
    const response = await compute(new Request(request.url, { method: 'GET', headers }))
    if (response.status !== 200 || !response.headers.has('etag')) return response
    const body = new Uint8Array(await response.arrayBuffer())
    if (body.byteLength <= maxBytes) {
      forget(key)
      entries.set(key, { status: 200, headers: [...response.headers], body, expires: now + ttlSeconds * 1000, generation })
      totalBytes += body.byteLength
      while (entries.size > maxEntries || totalBytes > maxTotalBytes) forget(entries.keys().next().value as string)
    }
    return answer(request, body, new Headers(response.headers))
  }
}
