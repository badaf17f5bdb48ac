import { STATUS_CODES } from 'node:http'

export type FieldError = { message: string; field?: string }

/** The field a message names by its prefix (`department: unknown code`). */
export const fieldOf = (message: string): string | undefined => /^([\w.[\]-]+): /.exec(message)?.[1]

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
