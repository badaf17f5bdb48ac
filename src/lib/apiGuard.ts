import { getPayload, type SanitizedConfig } from 'payload'

import { isStaff } from '../access/roles'
import { badRequest } from './badRequest'
import { fragmentCycles } from './fragmentCycles'
import { graphqlAnswer } from './graphqlAnswer'
import { asksStaffPageSize, maxPageSize, maxStaffPageSize, restQueryProblem } from './restQuery'
import { writeBodyProblem } from './writeBody'

type ConfigSource = SanitizedConfig | Promise<SanitizedConfig>
type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response> | Response

/** The query text of a GraphQL request (empty for a persisted query sent by its hash alone). */
async function graphqlQueryOf(request: Request): Promise<string> {
  if (request.method === 'GET') return new URL(request.url).searchParams.get('query') ?? ''
  if (request.method !== 'POST') return ''
  const body = (await request.clone().json().catch(() => null)) as { query?: unknown } | null
  return typeof body?.query === 'string' ? body.query : ''
}

/**
 * Checks made on the request itself before Payload's handlers read it: what a write's body
 * may be (src/lib/writeBody.ts), the query string of a collection's REST routes
 * (src/lib/restQuery.ts), and for GraphQL fragment cycles (src/lib/fragmentCycles.ts), statuses
 * and messages (src/lib/graphqlAnswer.ts). Wraps
 * the route handlers of src/app/(payload)/api and those the tests serve.
 */
export function guardApi(config: ConfigSource) {
  const collections = async () => new Set<string>((await config).collections.map((collection) => collection.slug))
  const signedInStaff = async (request: Request) => {
    const { user } = await (await getPayload({ config: await config })).auth({ headers: request.headers })
    return isStaff(user)
  }
  return <Rest extends unknown[]>(handler: Handler<Rest>) =>
    async (request: Request, ...rest: Rest): Promise<Response> => {
      const { pathname, searchParams } = new URL(request.url)
      if (!pathname.startsWith('/api/')) return handler(request, ...rest)
      const graphql = pathname === '/api/graphql'
      const refusal = await writeBodyProblem(request, graphql ? 'graphql' : 'rest')
      if (refusal) return refusal
      if (graphql) {
        const cycles = fragmentCycles(await graphqlQueryOf(request))
        if (cycles.length) return Response.json({ errors: cycles }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
        return graphqlAnswer(await handler(request, ...rest))
      }
      if ((await collections()).has(pathname.split('/')[2])) {
        const pageSize = asksStaffPageSize(searchParams) && (await signedInStaff(request)) ? maxStaffPageSize : maxPageSize
        const problem = restQueryProblem(searchParams, request.method, pageSize)
        if (problem) return badRequest(problem)
      }
      return handler(request, ...rest)
    }
}
