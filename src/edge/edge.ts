import crypto from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Payload } from 'payload'
import proxyAddr from 'proxy-addr'

import { identifyCaller, presentsCredential, type Caller, type Refusal } from './caller'
import { encode, encodeAsync, isCompressible, negotiateEncoding, type Encoding } from './encoding'
import type { CachedAnswer, MemoryCache } from './memoryCache'
import { graphqlProblem, problem, problemFromPayload } from './problem'
import type { RateLimiter } from './rateLimit'
import { securityHeaders } from './securityHeaders'
import { parseSurrogateKey, surrogateKey } from './tags'

export type EdgeRoute = {
  name: string
  methods: string[]
  /** Matches a pathname, giving its parameters, or false. */
  match: (pathname: string) => Record<string, string> | false
  handle: (request: Request, params: Record<string, string>, caller: Caller | undefined) => Promise<Response> | Response
  /** GETs answered alike to every anonymous reader: counted, tagged, shared and kept in memory. */
  publicRead?: boolean
  /** Other requests counted in the public-read budget (GraphQL reads sent by POST). */
  gated?: boolean
  /** Widget frame pages: the only answers other sites may frame. */
  frameable?: boolean
  /** GraphQL clients expect errors in GraphQL's shape; everything else answers problems. */
  errors?: 'graphql' | 'problem'
}

export type EdgeSettings = {
  /** The public origin (SERVER_URL): the only one requests are read against. */
  origin: string
  /** Pages whose requests may carry an editor's session cookie (Payload's csrf list). */
  sessionOrigins: string[]
  /** Whom to believe about X-Forwarded-For. */
  trustedProxies: string[]
  /** s-maxage of public answers, and how long an instance keeps them. */
  sharedMaxAge: number
  staleWhileRevalidate: number
  /** Largest request body, by kind. */
  maxJsonBytes: number
  maxUploadBytes: number
}

export type EdgeOptions = {
  payload: Payload
  routes: EdgeRoute[]
  settings: EdgeSettings
  cache: MemoryCache
  limiter: () => RateLimiter
  /** Everything the edge does not route (the admin, Next's assets). */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>
}

type Materialized = { status: number; headers: Headers; body: Buffer }
type Flight = { answer: CachedAnswer } | { other: Materialized }

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
const vary = 'Accept-Encoding, Authorization, Cookie'
const etagOf = (body: Buffer): string => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
const variantSuffix: Record<Encoding, string> = { identity: '', br: '-br', gzip: '-gz' }
const variantEtag = (etag: string, encoding: Encoding) => (encoding === 'identity' ? etag : `${etag.slice(0, -1)}${variantSuffix[encoding]}"`)
const baseEtag = (tag: string) =>
  tag
    .trim()
    .replace(/^W\//, '')
    .replace(/-(br|gz)"$/, '"')

/** Whether a client's validators say it already holds these bytes (RFC 9110: If-None-Match wins over If-Modified-Since). */
function notModified(req: IncomingMessage, etag: string, lastModified: string | undefined): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch) return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => baseEtag(tag) === etag)
  const ifModifiedSince = req.headers['if-modified-since']
  if (!ifModifiedSince || !lastModified) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && Date.parse(lastModified) <= since
}

async function materialize(response: Response): Promise<Materialized> {
  return { status: response.status, headers: new Headers(response.headers), body: Buffer.from(await response.arrayBuffer()) }
}

function outgoing(headers: Headers): OutgoingHttpHeaders {
  const result: OutgoingHttpHeaders = {}
  headers.forEach((value, key) => {
    if (key !== 'set-cookie') result[key] = value
  })
  const cookies = headers.getSetCookie()
  if (cookies.length) result['set-cookie'] = cookies
  return result
}

/**
 * The hub's public edge: one routing table in front of Payload's handlers and Next. It decides
 * once who is calling, counts public reads, answers anonymous reads from memory (without
 * building a Payload request) and keeps the answers it computes, purged by tag on change; it
 * gives every answer headers a shared cache understands and the hub's security headers, and
 * hands what it does not route (the admin) to Next.
 */
export function createEdge({ payload, routes, settings, cache, limiter, fallback }: EdgeOptions) {
  const https = settings.origin.startsWith('https:')
  const publicHost = new URL(settings.origin).host
  const trust = proxyAddr.compile(settings.trustedProxies)
  const cookiePrefix = payload.config.cookiePrefix
  const inFlight = new Map<string, Promise<Flight>>()

  /** Seconds shared caches may keep an answer: the hub's setting, or less when the handler knows it ends sooner. */
  const sharedSeconds = (hint: string | null): number => Math.min(settings.sharedMaxAge, Number(/s-maxage=(\d+)/.exec(hint ?? '')?.[1] ?? Infinity))
  const cacheControl = (hint: string | null): string => {
    if (hint && /\bimmutable\b/.test(hint)) return hint
    const shared = sharedSeconds(hint)
    const browser = Number(/(?:^|[\s,])max-age=(\d+)/.exec(hint ?? '')?.[1] ?? 0)
    return `public, max-age=${browser}, s-maxage=${shared}, stale-while-revalidate=${settings.staleWhileRevalidate}, stale-if-error=86400`
  }

  function requestHeaders(req: IncomingMessage, ip: string, dropValidators: boolean): Headers {
    const headers = new Headers()
    for (const [key, value] of Object.entries(req.headers)) {
      if (value === undefined || hopByHop.has(key)) continue
      if (dropValidators && (key === 'if-none-match' || key === 'if-modified-since')) continue
      if (Array.isArray(value)) for (const v of value) headers.append(key, v)
      else headers.set(key, value)
    }
    headers.set('host', publicHost)
    headers.set('x-forwarded-for', ip)
    headers.set('x-forwarded-proto', https ? 'https' : 'http')
    return headers
  }

  function body(req: IncomingMessage): ReadableStream | undefined {
    const limit = (req.headers['content-type'] ?? '').startsWith('multipart/form-data') ? settings.maxUploadBytes : settings.maxJsonBytes
    let seen = 0
    const counted = Readable.from(
      (async function* () {
        for await (const chunk of req) {
          seen += (chunk as Buffer).byteLength
          if (seen > limit) throw new Error('body too large')
          yield chunk as Buffer
        }
      })(),
    )
    return Readable.toWeb(counted) as ReadableStream
  }

  const securityFor = (route: EdgeRoute | undefined, headers: Headers) =>
    securityHeaders({
      frameable: Boolean(route?.frameable),
      https,
      contentType: headers.get('content-type'),
      policy: headers.get('content-security-policy'),
    })

  function refusalResponse(route: EdgeRoute, refusal: Refusal): Response {
    return route.errors === 'graphql' ? graphqlProblem(refusal.status, refusal.message, refusal.code) : problem(refusal.status, refusal.message)
  }

  function tooManyRequests(route: EdgeRoute, caller: Caller, limit: number, retryAfter: number): Response {
    const who = caller.kind === 'partner' ? 'this API key' : 'this address'
    const message = `Too many requests: ${who} may make ${limit} public reads per minute; retry in ${retryAfter} s`
    const headers = { 'Retry-After': String(retryAfter), 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': '0' }
    return route.errors === 'graphql' ? graphqlProblem(429, message, 'RATE_LIMITED', headers) : problem(429, message, headers)
  }

  /**
   * Payload's admin reads an error's body (each field's message, shown beside the field) only
   * when its type contains `application/json`: its cookie session gets the same problem under
   * that type, where `application/problem+json` would leave editors with a bare "Forbidden".
   */
  const readsOnlyJson = (request: Request): boolean =>
    !request.headers.has('authorization') &&
    (request.headers.get('cookie') ?? '').split(';').some((pair) => pair.trim().startsWith(`${cookiePrefix}-token=`))

  /** An error as every client of the edge reads it: a problem (or GraphQL's shape), never cached. */
  async function errorAnswer(route: EdgeRoute, answer: Materialized, asJson = false): Promise<Materialized> {
    const type = answer.headers.get('content-type') ?? ''
    if (route.errors !== 'graphql' && !type.startsWith('application/problem+json')) {
      let parsed: unknown
      try {
        parsed = /json/.test(type) ? JSON.parse(answer.body.toString('utf8')) : undefined
      } catch {
        parsed = undefined
      }
      // Pages keep their own error page (a frame shows it to the reader); data gets a problem.
      if (!type.startsWith('text/html')) {
        const kept = new Headers(answer.headers)
        for (const name of ['content-length', 'content-type', 'surrogate-key', 'etag', 'last-modified']) kept.delete(name)
        const answered = await materialize(problemFromPayload(answer.status, parsed, kept))
        if (asJson) answered.headers.set('Content-Type', 'application/json; charset=utf-8')
        return answered
      }
    }
    answer.headers.set('Cache-Control', 'no-store')
    answer.headers.delete('surrogate-key')
    return answer
  }

  async function send(req: IncomingMessage, res: ServerResponse, route: EdgeRoute | undefined, answer: Materialized): Promise<void> {
    const headers = answer.headers
    headers.delete('content-length')
    headers.delete('x-powered-by')
    for (const [key, value] of Object.entries(securityFor(route, headers))) headers.set(key, value)
    let bodyBytes = answer.body
    const encoding =
      isCompressible(headers.get('content-type'), bodyBytes.byteLength) && !headers.has('content-encoding')
        ? negotiateEncoding(req.headers['accept-encoding'] ?? null)
        : 'identity'
    if (encoding !== 'identity') {
      bodyBytes = await encodeAsync(bodyBytes, encoding)
      headers.set('Content-Encoding', encoding)
      const etag = headers.get('etag')
      if (etag) headers.set('ETag', variantEtag(etag, encoding))
    }
    if (!headers.has('vary') && isCompressible(headers.get('content-type'), 1024)) headers.set('Vary', 'Accept-Encoding')
    headers.set('Content-Length', String(bodyBytes.byteLength))
    res.writeHead(answer.status, outgoing(headers))
    res.end(req.method === 'HEAD' ? undefined : bodyBytes)
  }

  function sendCached(req: IncomingMessage, res: ServerResponse, answer: CachedAnswer, key: string): void {
    const lastModified = answer.headers.find(([name]) => name === 'last-modified')?.[1]
    const type = answer.headers.find(([name]) => name === 'content-type')?.[1] ?? null
    const encoding = isCompressible(type, answer.body.byteLength) ? negotiateEncoding(req.headers['accept-encoding'] ?? null) : 'identity'
    const headers: OutgoingHttpHeaders = Object.fromEntries(answer.headers)
    headers.etag = variantEtag(answer.etag, encoding)
    if (notModified(req, answer.etag, lastModified)) {
      delete headers['content-type']
      res.writeHead(304, headers)
      res.end()
      return
    }
    let bytes = answer.body
    if (encoding !== 'identity') {
      let encoded = answer.encoded[encoding]
      if (!encoded) {
        encoded = answer.encoded[encoding] = encode(answer.body, encoding)
        cache.touch(key, answer)
      }
      bytes = encoded
      headers['content-encoding'] = encoding
    }
    headers['content-length'] = bytes.byteLength
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : bytes)
  }

  /** Turns a handler's successful answer into one every anonymous reader may share, or says why not. */
  async function shareable(route: EdgeRoute, url: URL, answer: Materialized, startedAt: number): Promise<Flight> {
    if (answer.status !== 200) return { other: answer.status >= 400 ? await errorAnswer(route, answer) : answer }
    const tags = parseSurrogateKey(answer.headers.get('surrogate-key'))
    const hint = answer.headers.get('cache-control')
    if (tags.length === 0 || /no-store|private/.test(hint ?? '')) {
      answer.headers.set('Cache-Control', 'no-store')
      answer.headers.delete('surrogate-key')
      return { other: answer }
    }
    const headers = new Headers(answer.headers)
    for (const name of [
      'set-cookie',
      'content-length',
      'etag',
      'vary',
      'x-powered-by',
      'content-encoding',
      'access-control-allow-headers',
      'access-control-allow-methods',
    ]) {
      headers.delete(name)
    }
    const etag = answer.headers.get('etag') ?? etagOf(answer.body)
    headers.set('Cache-Control', cache.purgedSince(tags, startedAt) ? 'no-store' : cacheControl(hint))
    headers.set('Vary', vary)
    headers.set('Surrogate-Key', surrogateKey(tags))
    headers.set('Access-Control-Allow-Origin', '*')
    headers.set('Access-Control-Expose-Headers', 'ETag, Last-Modified')
    for (const [key, value] of Object.entries(securityFor(route, headers))) headers.set(key, value)
    const entries = [...headers].map(([key, value]) => [key.toLowerCase(), value] as [string, string])
    return { answer: { status: 200, headers: entries, body: answer.body, etag, tags, encoded: {}, ttlSeconds: sharedSeconds(hint) } }
  }

  async function anonymousRead(
    req: IncomingMessage,
    res: ServerResponse,
    route: EdgeRoute,
    url: URL,
    params: Record<string, string>,
    ip: string,
  ): Promise<void> {
    const key = url.pathname + url.search
    const hit = cache.get(key)
    if (hit) return sendCached(req, res, hit, key)
    let flight = inFlight.get(key)
    if (!flight) {
      const startedAt = performance.now()
      flight = (async (): Promise<Flight> => {
        const request = new Request(url, { headers: requestHeaders(req, ip, true) })
        const result = await shareable(route, url, await materialize(await route.handle(request, params, { kind: 'anonymous', ip })), startedAt)
        if ('answer' in result && !/no-store/.test(result.answer.headers.find(([k]) => k === 'cache-control')?.[1] ?? ''))
          cache.set(key, result.answer, startedAt)
        return result
      })().finally(() => inFlight.delete(key))
      inFlight.set(key, flight)
    }
    const result = await flight
    if ('answer' in result) return sendCached(req, res, result.answer, key)
    return send(req, res, route, { ...result.other, headers: new Headers(result.other.headers) })
  }

  /** An answer for one caller only: partners may revalidate theirs, nobody keeps an editor's. */
  async function privateAnswer(
    route: EdgeRoute,
    request: Request,
    caller: Caller | undefined,
    answer: Materialized,
    extra: Record<string, string>,
  ): Promise<Materialized> {
    for (const [key, value] of Object.entries(extra)) answer.headers.set(key, value)
    if (answer.status >= 400) return errorAnswer(route, answer, readsOnlyJson(request))
    const headers = answer.headers
    headers.delete('surrogate-key')
    const isRead = request.method === 'GET' || request.method === 'HEAD'
    if (isRead && (route.publicRead || route.gated)) {
      headers.set('Cache-Control', caller?.kind === 'partner' ? 'private, no-cache' : 'private, no-store')
      headers.set('Vary', caller?.kind === 'partner' ? `Origin, ${vary}` : vary)
      if (caller?.kind === 'partner' && answer.status === 200 && !headers.has('etag')) headers.set('ETag', etagOf(answer.body))
    } else if (!headers.has('cache-control')) {
      headers.set('Cache-Control', 'no-store')
    }
    const origin = request.headers.get('origin')
    if (caller?.kind === 'partner' && origin) headers.set('Access-Control-Allow-Origin', origin)
    return answer
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const target = req.url ?? '/'
    if (!target.startsWith('/')) return send(req, res, undefined, await materialize(problem(400, 'request-target: must be a path such as /api/news')))
    let url: URL
    try {
      url = new URL(target, settings.origin)
    } catch {
      return send(req, res, undefined, await materialize(problem(400, 'request-target: not a valid path')))
    }
    let route: EdgeRoute | undefined
    let params: Record<string, string> = {}
    for (const candidate of routes) {
      const matched = candidate.match(url.pathname)
      if (matched) {
        route = candidate
        params = matched
        break
      }
    }
    if (!route) {
      if (!fallback) return send(req, res, undefined, await materialize(problem(404, `path: nothing is served at ${url.pathname}`)))
      for (const [key, value] of Object.entries(securityHeaders({ frameable: false, https, contentType: 'text/html', policy: null })))
        res.setHeader(key, value)
      return fallback(req, res)
    }
    const allowed = route.methods.includes(method) || (method === 'HEAD' && route.methods.includes('GET'))
    if (!allowed) {
      return send(
        req,
        res,
        route,
        await materialize(problem(405, `method: ${method} is not allowed on ${url.pathname}`, { Allow: route.methods.join(', ') })),
      )
    }

    const ip = proxyAddr(req, trust)
    const isRead = method === 'GET' || method === 'HEAD'
    const credentialed = presentsCredential((name) => req.headers[name], cookiePrefix)
    // Payload's long-query form: a read sent as a POST. Counted like any read; only editors may use it.
    const readByPost = method === 'POST' && req.headers['x-payload-http-method-override'] === 'GET'
    const counted = (route.publicRead && (isRead || readByPost)) || route.gated

    let caller: Caller | undefined = credentialed ? undefined : { kind: 'anonymous', ip }
    if (counted && credentialed) {
      const identified = await identifyCaller(payload, requestHeaders(req, ip, false), ip, settings.sessionOrigins)
      if ('refusal' in identified) return send(req, res, route, await materialize(refusalResponse(route, identified.refusal)))
      caller = identified.caller
    }
    let rateHeaders: Record<string, string> = {}
    if (counted && caller && caller.kind !== 'staff') {
      const [bucket, key] = caller.kind === 'partner' ? (['partner', String(caller.id)] as const) : (['anonymous', ip] as const)
      const verdict = await limiter().consume(bucket, key)
      if (!verdict.allowed) return send(req, res, route, await materialize(tooManyRequests(route, caller, verdict.limit, verdict.retryAfterSeconds)))
      rateHeaders = { 'RateLimit-Limit': String(verdict.limit), 'RateLimit-Remaining': String(verdict.remaining) }
    }

    if (route.publicRead && isRead && caller?.kind === 'anonymous' && !req.headers.range) return anonymousRead(req, res, route, url, params, ip)

    const hasBody = !isRead && method !== 'OPTIONS'
    const declaredLength = Number(req.headers['content-length'] ?? 0)
    const limit = (req.headers['content-type'] ?? '').startsWith('multipart/form-data') ? settings.maxUploadBytes : settings.maxJsonBytes
    if (hasBody && declaredLength > limit) {
      return send(req, res, route, await materialize(problem(413, `body: at most ${Math.round(limit / 1_000_000)} MB`)))
    }
    const request = new Request(url, {
      method: method === 'HEAD' ? 'GET' : method,
      headers: requestHeaders(req, ip, false),
      body: hasBody ? body(req) : undefined,
      duplex: 'half',
    } as RequestInit)
    const response = await route.handle(request, params, caller)
    const type = response.headers.get('content-type')
    // Files (images) stream through; everything else is small enough to hold and compress.
    if (response.status === 200 && response.body && !isCompressible(type, 1024) && !route.publicRead) {
      const headers = new Headers(response.headers)
      for (const [key, value] of Object.entries(securityFor(route, headers))) headers.set(key, value)
      if (!headers.has('cache-control')) headers.set('Cache-Control', 'no-store')
      res.writeHead(response.status, outgoing(headers))
      if (method === 'HEAD') return void res.end()
      return pipeline(Readable.fromWeb(response.body as never), res)
    }
    return send(req, res, route, await privateAnswer(route, request, caller, await materialize(response), rateHeaders))
  }

  return {
    handle: async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      try {
        await handle(req, res)
      } catch (error) {
        if ((error as Error)?.message === 'body too large') {
          if (!res.headersSent) await send(req, res, undefined, await materialize(problem(413, 'body: too large')))
          return
        }
        payload.logger.error({ err: error, msg: `${req.method} ${req.url}: ${(error as Error)?.message ?? error}` })
        if (!res.headersSent)
          await send(req, res, undefined, await materialize(problem(500, 'internal error: the hub could not answer; it has been logged')))
        else res.destroy()
      }
    },
    purge: (tags: string[]) => cache.purge(tags),
  }
}
