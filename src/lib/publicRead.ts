import { getPayload, type SanitizedConfig } from 'payload'

import { type Caller, identifyCaller } from './caller'
import { hubRateLimiter, type RateLimiter } from './rateLimit'

export type PublicReadHandler<Context> = (request: Request, context: Context, caller: Caller) => Promise<Response>

type ConfigSource = SanitizedConfig | Promise<SanitizedConfig>

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers)
  for (const [key, value] of Object.entries(headers)) merged.set(key, value)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged })
}

function tooManyRequests(caller: Caller, limit: number, retryAfterSeconds: number): Response {
  const who = caller.kind === 'partner' ? 'this API key' : 'this address'
  return Response.json(
    {
      errors: [
        {
          message: `Too many requests: ${who} may make ${limit} public reads per minute; retry in ${retryAfterSeconds} s`,
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    },
    {
      status: 429,
      headers: { 'Retry-After': String(retryAfterSeconds), 'RateLimit-Limit': String(limit), 'Cache-Control': 'no-store' },
    },
  )
}

/**
 * The one gate of every public read (Payload's REST GETs, which include every Payload endpoint
 * such as feeds and widget data, and GraphQL): identifies the caller, refuses revoked keys and
 * foreign origins, applies the rate limit (per partner key, per anonymous IP; editors with a
 * session are not limited), then runs the handler with the caller known.
 */
export function withPublicRead<Context>(
  config: ConfigSource,
  handler: PublicReadHandler<Context>,
  limiter: () => RateLimiter = hubRateLimiter,
): (request: Request, context: Context) => Promise<Response> {
  const payload = async () => getPayload({ config: await config })
  return async (request, context) => {
    const identified = await identifyCaller(request, payload)
    if ('refusal' in identified) return identified.refusal
    const { caller } = identified
    if (caller.kind === 'staff') return handler(request, context, caller)

    const bucket = caller.kind === 'partner' ? 'partner' : 'anonymous'
    const key = caller.kind === 'partner' ? String(caller.id) : caller.ip
    const verdict = await limiter().consume(bucket, key)
    if (!verdict.allowed) return tooManyRequests(caller, verdict.limit, verdict.retryAfterSeconds)

    const response = await handler(request, context, caller)
    const headers: Record<string, string> = {
      'RateLimit-Limit': String(verdict.limit),
      'RateLimit-Remaining': String(verdict.remaining),
    }
    const origin = request.headers.get('origin')
    if (caller.kind === 'partner' && origin) Object.assign(headers, { 'Access-Control-Allow-Origin': origin, Vary: 'Origin, Authorization, Cookie, Accept-Encoding' })
    return withHeaders(response, headers)
  }
}

/**
 * Preflight for browsers: any origin may ask; the actual request then checks the partner's
 * allowed origins (anonymous reads are open to every site, like the widgets).
 */
export function preflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Accept-Language, If-None-Match, apollo-require-preflight',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    },
  })
}
