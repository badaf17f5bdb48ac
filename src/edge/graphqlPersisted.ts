import { OperationTypeNode, parse } from 'graphql'
import { z } from 'zod'

import type { Caller } from './caller'
import { maxQueryLength, queryProblems } from './fragmentCycles'
import { sha256Hex, type PersistedQueryStore } from './persistedQueries'
import { surrogateKey } from './contract'
import { graphqlProblem } from './errors'

type Execute = (request: Request) => Promise<Response>

/** GraphQL's own error shape, which Apollo and every GraphQL client read: `query: …` names the parameter. */
function badRequest(error: z.ZodError | string): Response {
  const message = typeof error === 'string' ? error : error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ')
  return graphqlProblem(400, message, 'BAD_REQUEST')
}

const jsonParam = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not valid JSON' })
        return z.NEVER
      }
    })
    .pipe(schema)

const persistedQuerySchema = z.object({
  persistedQuery: z.object({ version: z.literal(1), sha256Hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex') }).optional(),
})

const operationSchema = z.object({
  query: z.string().max(maxQueryLength).optional(),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
  extensions: persistedQuerySchema.passthrough().nullish(),
})

const getParamsSchema = z.object({
  query: z.string().max(maxQueryLength).optional(),
  variables: jsonParam(z.record(z.string(), z.unknown())).optional(),
  operationName: z.string().optional(),
  extensions: jsonParam(persistedQuerySchema.passthrough()).optional(),
})

type Operation = z.infer<typeof operationSchema>

// The errors Apollo's PersistedQueryLink recognises (by message and by code) to fall back to
// sending the whole query.
const persistedQueryNotFound = () =>
  Response.json(
    { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    { status: 200, headers: { 'Cache-Control': 'no-store' } },
  )

const graphqlError = graphqlProblem

/**
 * Resolves a hash to its query, as Apollo's APQ protocol does. A query that comes along with its
 * hash is to be registered, once it has run (`register`).
 */
async function resolvePersisted(operation: Operation, store: PersistedQueryStore): Promise<{ operation: Operation; register?: string } | Response> {
  const hash = operation.extensions?.persistedQuery?.sha256Hash
  if (!hash) return { operation }
  if (operation.query) {
    if (sha256Hex(operation.query) !== hash)
      return graphqlError(400, 'extensions.persistedQuery.sha256Hash: provided sha does not match query', 'PERSISTED_QUERY_HASH_MISMATCH')
    return { operation, register: hash }
  }
  const query = await store.get(hash)
  return query ? { operation: { ...operation, query } } : persistedQueryNotFound()
}

/** Who registers a query, as counted for the limit per caller. */
const registrant = (caller: Caller | undefined): string =>
  caller?.kind === 'partner' ? `partner:${caller.id}` : `address:${caller?.ip ?? 'unknown'}`

/**
 * Keeps a query only once it ran (the answer has `data`): text that does not parse, fails
 * validation or exceeds a limit is never stored, whatever its hash. Past the caller's or the
 * store's limit the query still ran; it is only not kept, and Apollo sends it whole next time.
 */
async function registerIfRan(
  store: PersistedQueryStore,
  hash: string | undefined,
  query: string | undefined,
  text: string,
  caller: Caller | undefined,
) {
  if (!hash || !query) return
  let ran = false
  try {
    ran = (JSON.parse(text) as { data?: unknown }).data != null
  } catch {
    ran = false
  }
  if (ran) await store.register(hash, query, registrant(caller))
}

function forward(request: Request, operation: Operation, execute: Execute): Promise<Response> {
  // A query sent by its hash alone was never seen by the request guard: checked here too.
  const problems = queryProblems(operation.query ?? '')
  if (problems.length) return Promise.resolve(Response.json({ errors: problems }, { status: 400, headers: { 'Cache-Control': 'no-store' } }))
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  headers.delete('if-none-match')
  const body = JSON.stringify({
    query: operation.query,
    variables: operation.variables ?? undefined,
    operationName: operation.operationName ?? undefined,
  })
  return execute(new Request(request.url, { method: 'POST', headers, body }))
}

/** POST /api/graphql: Payload's handler, plus registration and lookup of persisted queries. */
export function persistedGraphqlPost(execute: Execute, store: PersistedQueryStore) {
  return async (request: Request, caller: Caller | undefined): Promise<Response> => {
    let json: unknown
    try {
      json = await request.json()
    } catch {
      return badRequest('body: not valid JSON')
    }
    const parsed = operationSchema.safeParse(json)
    if (!parsed.success) return badRequest(parsed.error)
    const resolved = await resolvePersisted(parsed.data, store)
    if (resolved instanceof Response) return resolved
    const response = await forward(request, resolved.operation, execute)
    if (!resolved.register) return response
    const text = await response.text()
    await registerIfRan(store, resolved.register, resolved.operation.query, text, caller)
    return new Response(text, { status: response.status, headers: response.headers })
  }
}

function isQueryOperation(query: string, operationName?: string | null): boolean {
  try {
    const operations = parse(query).definitions.filter((d) => d.kind === 'OperationDefinition')
    const chosen = operationName ? operations.find((d) => d.name?.value === operationName) : operations[0]
    return chosen?.operation === OperationTypeNode.QUERY
  } catch {
    // A syntax error is reported by the GraphQL handler itself, with its location.
    return true
  }
}

/**
 * GET /api/graphql: queries only (hashed as Apollo's `useGETForHashedQueries` sends them, or
 * whole), so that browsers and shared caches can keep them. A successful answer names the
 * collections it reads in its tags (`tagsOf`); the edge decides who may share it.
 */
export function persistedGraphqlGet(execute: Execute, tagsOf: (query: string) => string[], store: PersistedQueryStore) {
  return async (request: Request, caller: Caller | undefined): Promise<Response> => {
    const params = getParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
    if (!params.success) return badRequest(params.error)
    if (!params.data.query && !params.data.extensions?.persistedQuery) return badRequest('query: give a query or extensions.persistedQuery')
    const resolved = await resolvePersisted(params.data, store)
    if (resolved instanceof Response) return resolved
    const { operation } = resolved
    if (!isQueryOperation(operation.query ?? '', operation.operationName)) {
      return graphqlError(405, 'query: mutations are sent with POST', 'METHOD_NOT_ALLOWED')
    }
    const response = await forward(request, operation, execute)
    const text = await response.text()
    await registerIfRan(store, resolved.register, operation.query, text, caller)
    const type = response.headers.get('content-type') ?? 'application/json'
    let hasErrors = true
    try {
      hasErrors = Boolean((JSON.parse(text) as { errors?: unknown[] }).errors?.length)
    } catch {
      hasErrors = true
    }
    if (response.status !== 200 || hasErrors) {
      return new Response(text, { status: response.status, headers: { 'Content-Type': type, 'Cache-Control': 'no-store' } })
    }
    return new Response(text, { status: 200, headers: { 'Content-Type': type, 'Surrogate-Key': surrogateKey(tagsOf(operation.query ?? '')) } })
  }
}
