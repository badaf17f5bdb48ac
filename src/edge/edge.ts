import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'
import proxyAddr from 'proxy-addr'

import { materialize, type Answer } from './answer'
import { overBudget } from './answerBudget'
import { identifyCaller, presentsApiKey, presentsCredential, type Caller } from './caller'
import { problem } from './contract'
import { createDatabaseProbe } from './databaseProbe'
import { isCompressible } from './encoding'
import { errorAnswer } from './errorAnswer'
import { bodyTooLarge, bodyTooLargeIn, databaseUnavailable, errorResponse, internalError, tooManyAttempts, tooManyRequests } from './errors'
import { finishAnswer, finishShared, send, sendStream } from './finish'
import { privateAnswer } from './privateAnswer'
import { canonicalSearch, parseQuery, plainParameters } from './queryReading'
import type { PublicCache } from './publicCache'
import type { RateLimiter } from './rateLimit'
import { createReadings, type Reading } from './readings'
import { bodyLimitOf, forwardedHeaders, handlerRequest, publicSiteOf, targetOf, type BodyLimits } from './request'
import { findRoute, type EdgeRoute } from './route'
import { securityHeaders } from './securityHeaders'
import { sharedAnswer, type NextChange, type SharedLifetimes } from './sharedAnswer'

import { noteRefusal } from '../lib/requestLog'

export type EdgeSettings = SharedLifetimes &
  BodyLimits & {
    /** The public origin (SERVER_URL): the only one requests are read against. */
    origin: string
    /** Pages whose requests may carry an editor's session cookie (Payload's csrf list). */
    sessionOrigins: string[]
    /** Whom to believe about X-Forwarded-For. */
    trustedProxies: string[]
  }

export type EdgeOptions = {
  payload: Payload
  routes: EdgeRoute[]
  settings: EdgeSettings
  cache: PublicCache
  limiter: RateLimiter
  /** When answers with some tags change without a save (news expiry): none is kept past that. */
  nextChange?: NextChange
  /** Everything the edge does not route (the admin, Next's assets). */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>
}

/**
 * The hub's public edge: one routing table in front of Payload's handlers and Next. It decides
 * once who is calling, counts public reads, answers anonymous reads from its public cache
 * (without building a Payload request) and keeps the answers it computes, purged by tag on
 * change; it gives every answer headers a shared cache understands and the hub's security
 * headers, and hands what it does not route (the admin) to Next. Each stage is a module of its
 * own: request.ts adapts the request, publicCache.ts and sharedAnswer.ts keep public answers,
 * privateAnswer.ts and errorAnswer.ts shape the others, finish.ts compresses, validates and sends.
 */
export function createEdge({ payload, routes, settings, cache, limiter, nextChange, fallback }: EdgeOptions) {
  const site = publicSiteOf(settings.origin)
  const trust = proxyAddr.compile(settings.trustedProxies)
  const cookiePrefix = payload.config.cookiePrefix
  const readings = createReadings()
  const databaseAnswers = createDatabaseProbe(payload)
  /** A failure while the database is away is a 503 to retry, not the hub's fault (500). */
  const failedForDatabase = async (status: number) => status === 500 && !(await databaseAnswers())

  const securityFor = (route: EdgeRoute | undefined, headers: Headers) =>
    securityHeaders({
      frameable: Boolean(route?.frameable),
      https: site.https,
      contentType: headers.get('content-type'),
      policy: headers.get('content-security-policy'),
    })

  async function reply(req: IncomingMessage, res: ServerResponse, route: EdgeRoute | undefined, answer: Answer): Promise<void> {
    noteRefusal(res, answer.status, answer.headers.get('content-type'), answer.body)
    send(res, req.method, await finishAnswer(req.headers, answer, securityFor(route, answer.headers)))
  }
  const replyWith = async (req: IncomingMessage, res: ServerResponse, route: EdgeRoute | undefined, response: Response) =>
    reply(req, res, route, await materialize(response))

  /** An anonymous read: from the public cache, or computed once for every reader asking meanwhile. */
  async function anonymousRead(req: IncomingMessage, res: ServerResponse, { route, params, href, key }: Reading, ip: string) {
    // The canonical path and query (see handle): every spelling of one read shares its answer.
    const hit = cache.get(key)
    const result = hit
      ? { shared: hit }
      : await cache.compute(key, async (purgedSinceStart) => {
          const request = new Request(href, { headers: forwardedHeaders(req.headers, site, ip, true) })
          const answer = await materialize(await route.handle(request, params, { kind: 'anonymous', ip }))
          if (await failedForDatabase(answer.status)) return { other: await materialize(databaseUnavailable(route.errors)) }
          const tooLarge = route.boundedAnswers ? overBudget(route.errors, answer) : undefined
          if (tooLarge) return { other: await materialize(tooLarge) }
          if (answer.status !== 200) return { other: answer.status >= 400 ? await errorAnswer(route.errors, answer) : answer }
          return sharedAnswer(answer, { lifetimes: settings, security: (headers) => securityFor(route, headers), purgedSinceStart, nextChange })
        })
    if ('shared' in result) {
      const { shared } = result
      return send(
        res,
        req.method,
        finishShared(req.headers, shared, (encoding) => cache.variant(key, shared, encoding)),
      )
    }
    // While the hub cannot compute it (its database away), the last copy kept is better than an error.
    const stale = result.other.status >= 500 ? cache.stale(key) : undefined
    if (stale) {
      const outgoing = finishShared(req.headers, stale, (encoding) => cache.variant(key, stale, encoding))
      outgoing.headers['cache-control'] = 'public, max-age=0, s-maxage=0, stale-if-error=86400'
      delete outgoing.headers['cdn-cache-control']
      return send(res, req.method, outgoing)
    }
    // Every reader who waited gets the same answer: each sends its own copy of the headers.
    return reply(req, res, route, { ...result.other, headers: new Headers(result.other.headers) })
  }

  /** Counts a read against its caller's limit: the 429 to answer when over it, else what is left. */
  async function counted(
    route: EdgeRoute,
    caller: Exclude<Caller, { kind: 'staff' }>,
  ): Promise<{ refusal: Response } | { headers: Record<string, string> }> {
    const verdict = caller.kind === 'partner' ? await limiter.consume('partner', String(caller.id)) : await limiter.consume('anonymous', caller.ip)
    if (!verdict.allowed) {
      return { refusal: tooManyRequests(route.errors, caller.kind === 'partner' ? 'partner' : 'address', verdict.limit, verdict.retryAfterSeconds) }
    }
    return { headers: { 'RateLimit-Limit': String(verdict.limit), 'RateLimit-Remaining': String(verdict.remaining) } }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const target = req.url ?? '/'
    const isRead = method === 'GET' || method === 'HEAD'
    // An anonymous read of a target read before goes straight to its count and the cache.
    const known = isRead && !req.headers.range ? readings.get(method, target) : undefined
    if (known && !presentsCredential((name) => req.headers[name], cookiePrefix)) {
      const ip = proxyAddr(req, trust)
      const count = await counted(known.route, { kind: 'anonymous', ip })
      if ('refusal' in count) return replyWith(req, res, known.route, count.refusal)
      return anonymousRead(req, res, known, ip)
    }
    const url = targetOf(target, settings.origin)
    if (!(url instanceof URL)) return replyWith(req, res, undefined, problem(400, url.problem))
    const found = findRoute(routes, url.pathname)
    if (!found) {
      if (!fallback) return replyWith(req, res, undefined, problem(404, `path: nothing is served at ${url.pathname}`))
      for (const [key, value] of Object.entries(securityHeaders({ frameable: false, https: site.https, contentType: 'text/html', policy: null })))
        res.setHeader(key, value)
      return fallback(req, res)
    }
    const { route, params } = found
    if (!(route.methods.includes(method) || (method === 'HEAD' && route.methods.includes('GET')))) {
      return replyWith(req, res, route, problem(405, `method: ${method} is not allowed on ${url.pathname}`, { Allow: route.methods.join(', ') }))
    }

    const parsed = parseQuery(url.search)
    if ('problem' in parsed) return replyWith(req, res, route, errorResponse(route.errors, 400, parsed.problem, 'BAD_REQUEST'))

    const ip = proxyAddr(req, trust)
    const credentialed = presentsCredential((name) => req.headers[name], cookiePrefix)
    // Payload's long-query form: a read sent as a POST. Counted like any read; only editors may use it.
    const readByPost = method === 'POST' && req.headers['x-payload-http-method-override'] === 'GET'
    const isCounted = (route.publicRead && (isRead || readByPost)) || route.gated

    if (route.loginAttempt?.(url.pathname, method)) {
      const verdict = await limiter.consume('login', ip)
      if (!verdict.allowed)
        return replyWith(
          req,
          res,
          route,
          tooManyAttempts(route.errors, `login attempts (at most ${verdict.limit} a minute)`, verdict.retryAfterSeconds),
        )
    }

    let caller: Caller | undefined = credentialed ? undefined : { kind: 'anonymous', ip }
    // An API key is looked up here whatever the route, so that its failures are counted: an
    // address that presented too many unknown keys waits before any key is looked up again.
    const presentsKey = presentsApiKey(req.headers.authorization)
    if ((isCounted || presentsKey) && credentialed) {
      const wait = presentsKey ? await limiter.unknownKeys.blocked(ip) : 0
      if (wait) return replyWith(req, res, route, tooManyAttempts(route.errors, 'unknown or revoked API keys', wait))
      const identified = await identifyCaller(payload, forwardedHeaders(req.headers, site, ip, false), ip, settings.sessionOrigins)
      if ('refusal' in identified) {
        if (presentsKey && identified.refusal.status === 401) await limiter.unknownKeys.failed(ip)
        const { status, message, code } = identified.refusal
        return replyWith(req, res, route, errorResponse(route.errors, status, message, code))
      }
      caller = identified.caller
    }
    let rateHeaders: Record<string, string> = {}
    if (isCounted && caller && caller.kind !== 'staff') {
      const count = await counted(route, caller)
      if ('refusal' in count) return replyWith(req, res, route, count.refusal)
      rateHeaders = count.headers
    }

    // One reading of the query: checked here, and the very form checked is what the handler reads
    // and what the cache keys on.
    const read = route.readQuery ? route.readQuery(parsed.query, { method, caller }) : plainParameters(parsed.query)
    if ('problem' in read) return replyWith(req, res, route, errorResponse(route.errors, 400, read.problem, 'BAD_REQUEST', rateHeaders))
    url.search = canonicalSearch(read.query)

    if (route.publicRead && isRead && caller?.kind === 'anonymous' && !req.headers.range) {
      const reading: Reading = { route, params, href: url.href, key: url.pathname + url.search }
      readings.set(method, target, reading)
      return anonymousRead(req, res, reading, ip)
    }

    const bodyLimit =
      route.readerBodyBytes && caller?.kind !== 'staff'
        ? Math.min(route.readerBodyBytes, bodyLimitOf(req.headers, settings))
        : bodyLimitOf(req.headers, settings)
    if (!isRead && method !== 'OPTIONS' && Number(req.headers['content-length'] ?? 0) > bodyLimit) {
      return replyWith(req, res, route, bodyTooLarge(bodyLimit))
    }
    const request = handlerRequest(req, url, { site, ip, bodyLimit })
    const response = await route.handle(request, params, caller)
    if (await failedForDatabase(response.status)) return replyWith(req, res, route, databaseUnavailable(route.errors))
    // Files (images) stream through; everything else is small enough to hold and compress.
    if (response.status === 200 && response.body && !isCompressible(response.headers.get('content-type'), 1024) && !route.publicRead) {
      return sendStream(res, method, response, securityFor(route, response.headers))
    }
    const answer = await materialize(response)
    const tooLarge = route.boundedAnswers && caller && caller.kind !== 'staff' ? overBudget(route.errors, answer) : undefined
    if (tooLarge) return replyWith(req, res, route, tooLarge)
    return reply(req, res, route, await privateAnswer(route, request, caller, answer, { extra: rateHeaders, cookiePrefix }))
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await handle(req, res)
    } catch (error) {
      const tooLarge = bodyTooLargeIn(error)
      if (tooLarge) {
        if (!res.headersSent) await replyWith(req, res, undefined, bodyTooLarge(tooLarge.limit))
        return
      }
      if (await failedForDatabase(500)) {
        if (!res.headersSent) await replyWith(req, res, undefined, databaseUnavailable(undefined))
        else res.destroy()
        return
      }
      payload.logger.error({ err: error, msg: `${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}` })
      if (!res.headersSent) await replyWith(req, res, undefined, internalError())
      else res.destroy()
    }
  }
}
