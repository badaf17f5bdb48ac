type GraphqlError = { message?: unknown; extensions?: { code?: unknown } }
type GraphqlBody = { data?: unknown; errors?: GraphqlError[] }

// graphql-js appends these to validation messages; they spell out the schema introspection hides.
const suggestion = / ?Did you mean .+\?$/

/** Apollo's PersistedQueryLink sends the whole query after this answer; it must stay a 200. */
const isPersistedQueryMiss = (body: GraphqlBody) => body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')

/**
 * GraphQL answers a query it could not run (a syntax error, a failed validation such as an
 * unknown field, a fragment cycle or a limit) with `errors` and no `data`: that is the client's
 * mistake, a 400 (graphql-http sends 200 to `Accept: application/json`). With introspection
 * off (production), messages lose graphql's "Did you mean …?" suggestions, which would list
 * the schema's fields one typo at a time.
 */
export async function graphqlAnswer(response: Response, production: boolean): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.clone().text()
  // graphql-js writes `errors` first when there are any: an answer with data only is left as is, unparsed.
  if (!text.startsWith('{"errors"')) return response
  let body: GraphqlBody
  try {
    body = JSON.parse(text) as GraphqlBody
  } catch {
    return response
  }
  const errors = Array.isArray(body?.errors) ? body.errors : []
  const refused = response.status === 200 && errors.length > 0 && !('data' in body) && !isPersistedQueryMiss(body)
  const suggests = production && errors.some((error) => typeof error.message === 'string' && suggestion.test(error.message))
  if (!refused && !suggests) return response

  const cleaned = production
    ? errors.map((error) => (typeof error.message === 'string' ? { ...error, message: error.message.replace(suggestion, '') } : error))
    : errors
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  if (refused) headers.set('Cache-Control', 'no-store')
  return new Response(JSON.stringify({ ...body, errors: cleaned }), { status: refused ? 400 : response.status, headers })
}
