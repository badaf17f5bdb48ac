import { OperationTypeNode, parse } from 'graphql'
import { z } from 'zod'

import { fragmentCycles } from './fragmentCycles'
import { sha256Hex, type PersistedQueryStore } from './persistedQueries'
import { surrogateKey } from './contract'
import { graphqlProblem } from './errors'

type Execute = (request: Request) => Promise<Response>

/** GraphQL's own error shape, which Apollo and every GraphQL client read: `query: …` names the parameter. */
function badRequest(error: z.ZodError | string): Response {
  const message = typeof error === 'string' ? error : error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ')
  return graphqlProblem(400, message, 'BAD_REQUEST')
}

const MAX_QUERY_LENGTH = 20_000

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
  query: z.string().max(MAX_QUERY_LENGTH).optional(),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
  extensions: persistedQuerySchema.passthrough().nullish(),
})

const getParamsSchema = z.object({
  query: z.string().max(MAX_QUERY_LENGTH).optional(),
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

/** Resolves a hash to its query (registering it when the query comes along), as Apollo's APQ protocol does. */
async function resolvePersisted(operation: Operation, store: PersistedQueryStore): Promise<Operation | Response> {
  const hash = operation.extensions?.persistedQuery?.sha256Hash
  if (!hash) return operation
  if (operation.query) {
    if (sha256Hex(operation.query) !== hash)
      return graphqlError(400, 'extensions.persistedQuery.sha256Hash: provided sha does not match query', 'PERSISTED_QUERY_HASH_MISMATCH')
    await store.set(hash, operation.query)
    return operation
  }
  const query = await store.get(hash)
  return query ? { ...operation, query } : persistedQueryNotFound()
}

function forward(request: Request, operation: Operation, execute: Execute): Promise<Response> {
  // A query sent by its hash alone was never seen by the request guard: checked here too.
  const cycles = fragmentCycles(operation.query ?? '')
  if (cycles.length) return Promise.resolve(Response.json({ errors: cycles }, { status: 400, headers: { 'Cache-Control': 'no-store' } }))
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
  return async (request: Request): Promise<Response> => {
    let json: unknown
    try {
      json = await request.json()
    } catch {
      return badRequest('body: not valid JSON')
    }
    const parsed = operationSchema.safeParse(json)
    if (!parsed.success) return badRequest(parsed.error)
    const operation = await resolvePersisted(parsed.data, store)
    if (operation instanceof Response) return operation
    return forward(request, operation, execute)
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
  return async (request: Request): Promise<Response> => {
    const params = getParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
    if (!params.success) return badRequest(params.error)
    if (!params.data.query && !params.data.extensions?.persistedQuery) return badRequest('query: give a query or extensions.persistedQuery')
    const operation = await resolvePersisted(params.data, store)
    if (operation instanceof Response) return operation
    if (!isQueryOperation(operation.query ?? '', operation.operationName)) {
      return graphqlError(405, 'query: mutations are sent with POST', 'METHOD_NOT_ALLOWED')
    }
    const response = await forward(request, operation, execute)
    const text = await response.text()
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
