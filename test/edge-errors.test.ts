import { describe, expect, it } from 'vitest'

import { materialize } from '../src/edge/answer'
import { problem } from '../src/edge/contract'
import { errorAnswer, problemFromPayload } from '../src/edge/errorAnswer'
import { BodyTooLargeError, bodyTooLargeIn, errorResponse, tooManyRequests } from '../src/edge/errors'

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
