import { STATUS_CODES } from 'node:http'

import { materialize, type Answer } from './answer'
import { fieldOf, problem } from './contract'
import type { ErrorShape } from './errors'

type PayloadErrorItem = { message?: string; name?: string; data?: { errors?: { path?: string; field?: string; message?: string }[] } }

/**
 * Payload's REST errors (`{ errors: [{ message, data: { errors: [{ path, message }] } }] }`)
 * as a problem: `detail` names every field at fault by its path, and Payload's own items stay in
 * `errors` (with `field` added) so that the admin still shows each message beside its field.
 * Its other members (a bulk operation's `docs` and `message`) are kept as extension members.
 */
export function problemFromPayload(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const items = (body as { errors?: PayloadErrorItem[] } | null)?.errors
  if (!Array.isArray(items) || items.length === 0) return problem(status, STATUS_CODES[status] ?? 'Error', headers)
  const named = (path: string | undefined, message: string) => (path && !message.startsWith(`${path}:`) ? `${path}: ${message}` : message)
  const details = items.flatMap((item) => {
    const fieldErrors = (item.data?.errors ?? []).filter((e) => e.message)
    if (fieldErrors.length === 0) return [item.message ?? STATUS_CODES[status] ?? 'Error']
    return fieldErrors.map((e) => named(e.path ?? e.field, String(e.message)))
  })
  const errors = items.map((item) => {
    const paths = (item.data?.errors ?? []).map((e) => e.path ?? e.field).filter(Boolean)
    return { ...item, message: item.message ?? details[0], field: paths.length === 1 ? paths[0] : fieldOf(item.message ?? '') }
  })
  // Everything else Payload said stays too: a bulk operation's `docs` are the ones it did change.
  const rest = Object.fromEntries(
    Object.entries(body as Record<string, unknown>).filter(([key]) => !['errors', 'type', 'title', 'status', 'detail'].includes(key)),
  )
  return problem(
    status,
    details.map((message) => ({ message })),
    headers,
    { ...rest, errors },
  )
}

// Validators and tags belong to the failed answer, not to the problem that replaces it.
const replacedHeaders = ['content-length', 'content-type', 'surrogate-key', 'etag', 'last-modified']

/**
 * A handler's error as every client of the edge reads it, never cached: data becomes a problem
 * (Payload's own error bodies reshaped by problemFromPayload), GraphQL keeps GraphQL's shape,
 * and pages keep their own error page (a frame shows it to the reader). `asJson` gives the
 * problem the `application/json` type Payload's admin needs to read it (see privateAnswer.ts).
 */
export async function errorAnswer(shape: ErrorShape | undefined, answer: Answer, asJson = false): Promise<Answer> {
  const type = answer.headers.get('content-type') ?? ''
  if (shape !== 'graphql' && !type.startsWith('application/problem+json') && !type.startsWith('text/html')) {
    let parsed: unknown
    try {
      parsed = type.includes('json') ? JSON.parse(answer.body.toString('utf8')) : undefined
    } catch {
      parsed = undefined
    }
    const kept = new Headers(answer.headers)
    for (const name of replacedHeaders) kept.delete(name)
    const reshaped = await materialize(problemFromPayload(answer.status, parsed, kept))
    if (asJson) reshaped.headers.set('Content-Type', 'application/json; charset=utf-8')
    return reshaped
  }
  answer.headers.set('Cache-Control', 'no-store')
  answer.headers.delete('surrogate-key')
  return answer
}
