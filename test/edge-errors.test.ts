import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { materialize } from '../src/edge/answer'
import { problem } from '../src/edge/contract'
import { errorAnswer, problemFromPayload } from '../src/edge/errorAnswer'
import { createEdge } from '../src/edge/edge'
import { BodyTooLargeError, bodyTooLargeIn, errorResponse, tooManyRequests } from '../src/edge/errors'
import { createMemoryStore } from '../src/edge/memoryStore'
import { createPublicCache } from '../src/edge/publicCache'
import type { EdgeRoute } from '../src/edge/route'

const answerOf = (status: number, body: unknown, headers: Record<string, string>) =>
  materialize(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }))
const json = (answer: { body: Buffer }) => JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>

describe('a handler’s error, as the edge sends it', () => {
  it('Payload’s validation error becomes a problem naming each field, its items kept for the admin', async () => {
    const payloadError = {
      errors: [
        {
          name: 'ValidationError',
          message: 'The following field is invalid: title',
          data: { errors: [{ path: 'title', message: 'This field is required.' }] },
        },
      ],
    }
    const answer = await answerOf(400, payloadError, {
      'content-type': 'application/json',
      etag: '"x"',
      'surrogate-key': 'news',
      'last-modified': 'Tue, 02 Jun 2026 08:00:00 GMT',
      'x-request-id': 'kept',
    })
    const reshaped = await errorAnswer('problem', answer)
    expect(reshaped.status).toBe(400)
    expect(reshaped.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(reshaped.headers.get('cache-control')).toBe('no-store')
    for (const gone of ['etag', 'surrogate-key', 'last-modified']) expect(reshaped.headers.has(gone), gone).toBe(false)
    expect(reshaped.headers.get('x-request-id')).toBe('kept')
    expect(json(reshaped)).toMatchObject({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'title: This field is required.',
      errors: [{ name: 'ValidationError', message: 'The following field is invalid: title', field: 'title' }],
    })
  })

  it('gives the admin’s cookie session the same problem as application/json, which it reads', async () => {
    const answer = await answerOf(
      403,
      { errors: [{ message: 'You are not allowed to perform this action.' }] },
      { 'content-type': 'application/json' },
    )
    const reshaped = await errorAnswer('problem', answer, true)
    expect(reshaped.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(json(reshaped).detail).toBe('You are not allowed to perform this action.')
  })

  it('a body that is not JSON becomes a problem with the status’s own words', async () => {
    const reshaped = await errorAnswer('problem', await answerOf(502, 'upstream went away', { 'content-type': 'text/plain' }))
    expect(json(reshaped)).toMatchObject({ status: 502, title: 'Bad Gateway', detail: 'Bad Gateway' })
  })

  it('keeps a problem, a page and GraphQL’s shape as they are, never stored', async () => {
    for (const [shape, answer] of [
      ['problem', await materialize(problem(404, 'slug: no sheet has this slug'))],
      ['problem', await answerOf(404, '<!doctype html><p>Page introuvable</p>', { 'content-type': 'text/html', 'surrogate-key': 'sheets' })],
      ['graphql', await answerOf(400, { errors: [{ message: 'Syntax Error' }] }, { 'content-type': 'application/json' })],
    ] as const) {
      const before = answer.body
      const kept = await errorAnswer(shape, answer)
      expect(kept.body).toBe(before)
      expect(kept.headers.get('cache-control')).toBe('no-store')
      expect(kept.headers.has('surrogate-key')).toBe(false)
    }
  })

  it('a bulk operation’s other members stay beside the errors', () => {
    const response = problemFromPayload(400, { docs: [{ id: 1 }], message: 'Updated 1 of 2', errors: [{ message: 'news 2: forbidden', id: 2 }] })
    return response.json().then((body) => expect(body).toMatchObject({ docs: [{ id: 1 }], message: 'Updated 1 of 2', detail: 'news 2: forbidden' }))
  })
})

describe('the edge’s own errors', () => {
  it('take the shape the route’s clients read', async () => {
    const graphql = await errorResponse('graphql', 401, 'Authorization: API key unknown or revoked', 'UNAUTHENTICATED').json()
    expect(graphql).toEqual({
      errors: [{ message: 'Authorization: API key unknown or revoked', extensions: { code: 'UNAUTHENTICATED', statusCode: 401 } }],
    })
    const rest = await errorResponse('problem', 401, 'Authorization: API key unknown or revoked', 'UNAUTHENTICATED').json()
    expect(rest).toMatchObject({ status: 401, detail: 'Authorization: API key unknown or revoked', errors: [{ field: 'Authorization' }] })
  })

  it('a reader over its budget is told when to come back', async () => {
    const response = tooManyRequests('problem', 'partner', 1200, 17)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('17')
    expect(response.headers.get('ratelimit-remaining')).toBe('0')
    expect(((await response.json()) as { detail: string }).detail).toBe(
      'Too many requests: this API key may make 1200 public reads per minute; retry in 17 s',
    )
  })

  it('a body over the limit is recognised by its type, even wrapped by whoever read it', () => {
    const tooLarge = new BodyTooLargeError(4_194_304)
    expect(bodyTooLargeIn(tooLarge)).toBe(tooLarge)
    expect(bodyTooLargeIn(new Error('could not read the body', { cause: tooLarge }))).toBe(tooLarge)
    expect(bodyTooLargeIn(new Error('body too large'))).toBeUndefined()
    expect(bodyTooLargeIn('body too large')).toBeUndefined()
  })
})

describe('the edge, between a handler and the reader', () => {
  /** An edge in front of one route, on a database that answers or not: what it adds to the handler's answer. */
  async function edgeOf(handle: (request: Request) => Promise<Response> | Response, { databaseUp = true } = {}) {
    const count = async () => (databaseUp ? { totalDocs: 1 } : Promise.reject(new Error('connect ECONNREFUSED')))
    const payload = { config: { cookiePrefix: 'payload' }, logger: { error: () => undefined }, count } as unknown as Payload
    const routes: EdgeRoute[] = [
      { name: 'write', methods: ['POST'], match: (path) => path === '/api/news' && {}, handle: (request) => handle(request) },
    ]
    const handler = createEdge({
      payload,
      routes,
      settings: { ...lifetimes, origin: 'http://hub.example', sessionOrigins: [], trustedProxies: [], maxJsonBytes: 1000, maxUploadBytes: 5000 },
      cache: createPublicCache(createMemoryStore({ ttlSeconds: 60, maxBytes: 1_000_000 })),
      limiter: {
        consume: async () => ({ allowed: true, limit: 10, remaining: 9 }),
        unknownKeys: { blocked: async () => 0, failed: async () => undefined },
        ready: async () => undefined,
        close: async () => undefined,
      },
    })
    const server = http.createServer((req, res) => void handler(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/news`,
      close: () => new Promise((resolve) => server.close(resolve)),
    }
  }
  const lifetimes = { sharedMaxAge: 60, purgedMaxAge: 60, targetedCaches: false, staleWhileRevalidate: 30 }

  it('answers 413 to a chunked body that outgrows the limit, whoever was reading it', async () => {
    const edge = await edgeOf(async (request) => Response.json({ length: (await request.text()).length }))
    try {
      // No Content-Length: the limit is found while the handler reads.
      const chunked = (bytes: number) =>
        fetch(edge.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'JWT x' },
          body: Readable.toWeb(Readable.from([Buffer.alloc(bytes, ' ')])) as ReadableStream,
          duplex: 'half',
        } as RequestInit)
      const small = await chunked(900)
      expect(small.status).toBe(200)
      expect(await small.json()).toEqual({ length: 900 })
      const large = await chunked(1500)
      expect(large.status).toBe(413)
      expect(large.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
      expect(((await large.json()) as { detail: string }).detail).toBe('body: at most 1000 bytes')
    } finally {
      await edge.close()
    }
  })

  it('answers 500 without a trace when a handler fails, and logs it', async () => {
    const edge = await edgeOf(() => Promise.reject(new Error('database gone')))
    try {
      const response = await fetch(edge.url, { method: 'POST', headers: { authorization: 'JWT x' } })
      expect(response.status).toBe(500)
      const text = await response.text()
      expect(text).toContain('internal error')
      expect(text).not.toContain('database gone')
    } finally {
      await edge.close()
    }
  })

  it('answers 503 with Retry-After, never 500, when a handler fails while the database does not answer', async () => {
    const edge = await edgeOf(() => new Response('{"errors":[{"message":"Something went wrong."}]}', { status: 500 }), { databaseUp: false })
    try {
      const response = await fetch(edge.url, { method: 'POST', headers: { authorization: 'JWT x' } })
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('5')
      expect(((await response.json()) as { detail: string }).detail).toMatch(/^database: unavailable/)
    } finally {
      await edge.close()
    }
  })
})
