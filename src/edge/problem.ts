import { STATUS_CODES } from 'node:http'

export type FieldError = { message: string; field?: string }

const fieldOf = (message: string): string | undefined => /^([\w.[\]-]+): /.exec(message)?.[1]

/**
 * Every error the hub answers outside GraphQL has this one shape: an RFC 9457 problem
 * (`application/problem+json`) whose `detail` reads on its own and whose `errors` list names
 * each field at fault. `errors` keeps the `message` key Payload's own clients (the admin) read.
 * Never cached; readable by widgets on any site.
 */
export function problem(status: number, detail: string | FieldError[], headers: HeadersInit = {}, extra: Record<string, unknown> = {}): Response {
  const errors = (typeof detail === 'string' ? [{ message: detail }] : detail).map((error) => ({
    ...error,
    field: error.field ?? fieldOf(error.message),
  }))
  const body = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: errors.map((error) => error.message).join('; '),
    errors,
    ...extra,
  }
  const merged = new Headers(headers)
  merged.set('Content-Type', 'application/problem+json; charset=utf-8')
  merged.set('Cache-Control', 'no-store')
  if (!merged.has('Access-Control-Allow-Origin')) merged.set('Access-Control-Allow-Origin', '*')
  return new Response(JSON.stringify(body), { status, headers: merged })
}

/** GraphQL clients (Apollo) read errors in GraphQL's own shape, so the GraphQL endpoint keeps it. */
export function graphqlProblem(status: number, message: string, code: string, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers)
  merged.set('Content-Type', 'application/json; charset=utf-8')
  merged.set('Cache-Control', 'no-store')
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, statusCode: status } }] }), { status, headers: merged })
}

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
