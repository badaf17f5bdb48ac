import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { compile, match } from 'path-to-regexp'
import type { Endpoint, Payload, SanitizedConfig } from 'payload'

import { guardGraphql, guardRest } from './apiGuard'
import { latestDate, surrogateKey, type PublicEndpointCustom } from './contract'
import { graphqlTags } from './graphqlTags'
import { persistedGraphqlGet, persistedGraphqlPost } from './graphqlPersisted'
import { healthResponse, readinessResponse } from './health'
import { settingsOf } from '../lib/settings'
import type { PersistedQueryStore } from './persistedQueries'
import { preflight } from './preflight'
import { plainParameters, type Query } from './queryReading'
import { readRestQuery } from './restQuery'
import { restTags } from './restTags'
import type { EdgeRoute } from './route'

type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const matcher = (path: string) => {
  const matches = match(path, { decode: decodeURIComponent })
  return (pathname: string) => {
    const result = matches(pathname)
    if (!result) return false
    return Object.fromEntries(Object.entries(result.params).map(([key, value]) => [key, Array.isArray(value) ? value.join('/') : String(value)]))
  }
}

/** Literal segments win over parameters: `/embed/v1/communes` before `/embed/v1/:file`. */
const specificity = (path: string): number[] => path.split('/').map((segment) => (/^[:*]/.test(segment) ? 1 : 0))
const mostSpecificFirst = (a: string, b: string): number => {
  const [x, y] = [specificity(a), specificity(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 2) !== (y[i] ?? 2)) return (x[i] ?? 2) - (y[i] ?? 2)
  return 0
}

/**
 * Payload's REST reads, named for shared caches: the tags of what they show (restTags) and, for
 * documents and lists, the latest `updatedAt` as Last-Modified.
 */
async function describedRestRead(config: SanitizedConfig, request: Request, response: Response): Promise<Response> {
  if (response.status !== 200) return response
  const headers = new Headers(response.headers)
  const tags = restTags(config, new URL(request.url))
  if (tags.length) headers.set('Surrogate-Key', surrogateKey(tags))
  if (!(headers.get('content-type') ?? '').includes('json')) return new Response(response.body, { status: 200, headers })
  const text = await response.text()
  try {
    const body = JSON.parse(text) as { updatedAt?: string; docs?: { updatedAt?: string }[] }
    const lastModified = latestDate([body.updatedAt, ...(Array.isArray(body.docs) ? body.docs.map((doc) => doc?.updatedAt) : [])])
    if (lastModified) headers.set('Last-Modified', lastModified.toUTCString())
  } catch {
    // Not JSON after all: no date to give.
  }
  return new Response(text, { status: 200, headers })
}

const restContext = (slug: string) => ({ params: Promise.resolve({ slug: slug.split('/') }) })

/** A request for Payload's own dispatcher: same headers and query, at the endpoint's /api path. */
const atApiPath = (request: Request, path: string): Request => {
  const url = new URL(request.url)
  url.pathname = path
  return new Request(url, { method: request.method, headers: request.headers })
}

/** Requests that make Payload hash a password or look an account up. */
const passwordActions = new Set(['login', 'forgot-password', 'reset-password', 'unlock'])

const noParameters = (query: Query) => plainParameters(query, [])

const graphqlParameterNames = ['query', 'variables', 'operationName', 'extensions']
/** A GraphQL GET as Apollo sends it; anything else is refused by name. */
function graphqlParameters(query: Query): { query: Query } | { problem: string } {
  const unknown = Object.keys(query).filter((name) => !graphqlParameterNames.includes(name))
  if (unknown.length) return { problem: `${unknown.join(', ')}: unknown parameter (a GraphQL GET gives ${graphqlParameterNames.join(', ')})` }
  return plainParameters(query)
}

/**
 * The hub's one routing table, read top to bottom. Plugins publish an endpoint at a public path
 * by naming it in the endpoint's `custom.publicPath`: the table is built from the config, so a
 * new public endpoint needs no other edit. Whatever matches nothing goes to Next (the admin).
 */
export function hubRoutes(
  config: SanitizedConfig,
  payload: Payload,
  { production, persistedQueries }: { production: boolean; persistedQueries: PersistedQueryStore },
): EdgeRoute[] {
  const rest: Record<string, RestHandler> = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  }
  const restOptions = REST_OPTIONS(config)
  const authCollections = new Set<string>(config.collections.filter((collection) => collection.auth).map((collection) => collection.slug))
  const graphqlPost = GRAPHQL_POST(config)
  const graphqlGet = persistedGraphqlGet(graphqlPost, (query) => graphqlTags(config, query), persistedQueries)
  const graphqlPersistedPost = persistedGraphqlPost(graphqlPost, persistedQueries)
  const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))

  const publicEndpoints: EdgeRoute[] = (config.endpoints as Endpoint[])
    .filter((endpoint) => endpoint.method === 'get' && (endpoint.custom as PublicEndpointCustom | undefined)?.publicPath)
    .sort((a, b) => mostSpecificFirst((a.custom as PublicEndpointCustom).publicPath, (b.custom as PublicEndpointCustom).publicPath))
    .map((endpoint) => {
      const custom = endpoint.custom as PublicEndpointCustom
      const internal = compile(endpoint.path)
      return {
        name: custom.publicPath,
        methods: ['GET'],
        match: matcher(custom.publicPath),
        readQuery: (query) => plainParameters(query, custom.parameters),
        handle: (request, params) => {
          const path = `${config.routes.api}${internal(params)}`
          return rest.GET(atApiPath(request, path), restContext(path.slice(config.routes.api.length + 1)))
        },
        publicRead: true,
        frameable: custom.frameable,
      }
    })

  return [
    { name: 'health', methods: ['GET'], match: matcher('/healthz'), readQuery: noParameters, handle: () => healthResponse() },
    {
      name: 'readiness',
      methods: ['GET'],
      match: matcher('/readyz'),
      readQuery: noParameters,
      handle: () => readinessResponse(async () => payload, settingsOf(payload).purge.redisUrl),
    },
    {
      name: 'graphql',
      methods: ['GET', 'POST', 'OPTIONS'],
      match: matcher(`${config.routes.api}${config.routes.graphQL}`),
      readQuery: graphqlParameters,
      // A query of at most 20,000 characters and its variables: readers never send more.
      readerBodyBytes: 64 * 1024,
      boundedAnswers: true,
      handle: guardGraphql({ production }, (request, _params, caller) => {
        if (request.method === 'OPTIONS') return preflight(request)
        return request.method === 'POST' ? graphqlPersistedPost(request, caller) : graphqlGet(request, caller)
      }),
      publicRead: true,
      gated: true,
      errors: 'graphql',
    },
    ...(production
      ? []
      : [
          {
            name: 'graphql-playground',
            methods: ['GET'],
            match: matcher(`${config.routes.api}${config.routes.graphQLPlayground}`),
            readQuery: noParameters,
            handle: (request: Request) => playground(request),
          },
        ]),
    ...publicEndpoints,
    {
      name: 'rest',
      methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
      match: matcher(`${config.routes.api}/*slug`),
      loginAttempt: (pathname, method) => {
        const [collection, action, ...rest] = pathname.slice(config.routes.api.length + 1).split('/')
        return method === 'POST' && rest.length === 0 && authCollections.has(collection) && passwordActions.has(action)
      },
      boundedAnswers: true,
      readQuery: (query, { method, caller }) => readRestQuery(query, method, caller?.kind === 'staff' ? 'staff' : 'reader'),
      handle: guardRest(async (request, params, caller) => {
        if (request.method === 'OPTIONS') {
          return request.headers.has('access-control-request-method') ? preflight(request) : restOptions(request, restContext(params.slug))
        }
        const response = await rest[request.method](request, restContext(params.slug))
        // Only an answer the edge may share needs its tags and date.
        return request.method === 'GET' && caller?.kind === 'anonymous' ? describedRestRead(config, request, response) : response
      }),
      publicRead: true,
    },
  ]
}
