import type { Caller } from './caller'
import { queryProblems } from './fragmentCycles'
import { graphqlAnswer } from './graphqlAnswer'
import { problem } from './contract'
import { writeBodyProblem } from './writeBody'

type Handler = (request: Request, params: Record<string, string>, caller: Caller | undefined) => Promise<Response> | Response

/** The query text of a GraphQL request (empty for a persisted query sent by its hash alone). */
async function graphqlQueryOf(request: Request): Promise<string> {
  if (request.method === 'GET') return new URL(request.url).searchParams.get('query') ?? ''
  if (request.method !== 'POST') return ''
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { query?: unknown } | null
  return typeof body?.query === 'string' ? body.query : ''
}

/**
 * Checks made on the request itself before Payload's GraphQL handler reads it: what a write's
 * body may be (writeBody.ts), the query's length, tokens and fragment cycles (fragmentCycles.ts),
 * then the statuses and messages of its answer (graphqlAnswer.ts).
 */
export const guardGraphql =
  ({ production }: { production: boolean }, handler: Handler): Handler =>
  async (request, params, caller) => {
    const refusal = await writeBodyProblem(request, 'graphql')
    if (refusal) return refusal
    const problems = queryProblems(await graphqlQueryOf(request))
    if (problems.length) return Response.json({ errors: problems }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
    return graphqlAnswer(await handler(request, params, caller), production)
  }

/**
 * The same for Payload's REST routes: what a write's body may be. Their query strings are read
 * by the edge itself (restQuery.ts), before the cache.
 */
export const guardRest =
  (handler: Handler): Handler =>
  async (request, params, caller) => {
    if (request.headers.get('x-payload-http-method-override') === 'GET' && caller?.kind !== 'staff') {
      return problem(405, 'X-Payload-HTTP-Method-Override: readers send their query with GET (at most 100 documents a page)')
    }
    const refusal = await writeBodyProblem(request, 'rest')
    if (refusal) return refusal
    return handler(request, params, caller)
  }
