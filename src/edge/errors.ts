import { problem } from './contract'

/** How a route's clients read errors: GraphQL's shape for GraphQL clients, a problem for the rest. */
export type ErrorShape = 'graphql' | 'problem'

/**
 * A request body that outgrew the hub's limit while it was being read (a chunked body declares
 * no length to refuse up front). Thrown by the counted body stream; whoever reads the body
 * (Payload's handler, a guard) lets it through, and the edge answers 413.
 */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body: more than ${limit} bytes`)
    this.name = 'BodyTooLargeError'
  }
}

/** The body-too-large error behind an error, when there is one (a reader of the body may have wrapped it). */
export function bodyTooLargeIn(error: unknown): BodyTooLargeError | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    if (cause instanceof BodyTooLargeError) return cause
  }
  return undefined
}

/** GraphQL clients (Apollo) read errors in GraphQL's own shape, so the GraphQL endpoint keeps it. */
export function graphqlProblem(status: number, message: string, code: string, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers)
  merged.set('Content-Type', 'application/json; charset=utf-8')
  merged.set('Cache-Control', 'no-store')
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, statusCode: status } }] }), { status, headers: merged })
}

/** An error of the edge's own, in the shape the route's clients read. */
export const errorResponse = (shape: ErrorShape | undefined, status: number, message: string, code: string, headers: HeadersInit = {}): Response =>
  shape === 'graphql' ? graphqlProblem(status, message, code, headers) : problem(status, message, headers)

/** The largest body a request may send, in the words a client reads. */
export const bodyTooLarge = (limit: number): Response =>
  problem(413, `body: at most ${limit >= 1_000_000 ? `${Math.round(limit / 1_000_000)} MB` : `${limit} bytes`}`)

/** The database is away (restarting, down): nothing was done, and the request may be sent again. */
export const databaseUnavailable = (shape: ErrorShape | undefined): Response =>
  errorResponse(shape, 503, 'database: unavailable for a moment, nothing was changed; retry in 5 s', 'SERVICE_UNAVAILABLE', { 'Retry-After': '5' })

export const internalError = (): Response => problem(500, 'internal error: the hub could not answer; it has been logged')

/** An address that tried too many passwords or API keys: when to come back, without a word on which were right. */
export function tooManyAttempts(shape: ErrorShape | undefined, what: string, retryAfter: number): Response {
  return errorResponse(shape, 429, `Too many ${what} from this address; retry in ${retryAfter} s`, 'RATE_LIMITED', {
    'Retry-After': String(retryAfter),
  })
}

/** A reader over its budget: when to come back, and how many reads a minute it has. */
export function tooManyRequests(shape: ErrorShape | undefined, who: 'partner' | 'address', limit: number, retryAfter: number): Response {
  const message = `Too many requests: ${who === 'partner' ? 'this API key' : 'this address'} may make ${limit} public reads per minute; retry in ${retryAfter} s`
  const headers = { 'Retry-After': String(retryAfter), 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': '0' }
  return errorResponse(shape, 429, message, 'RATE_LIMITED', headers)
}
