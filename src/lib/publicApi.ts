import { GRAPHQL_POST, REST_GET, REST_OPTIONS } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { readEnv } from './env'
import { persistedGraphqlGet, persistedGraphqlPost } from './graphqlPersisted'
import { preflight, withPublicRead } from './publicRead'
import { cacheableRead } from './readCaching'
import { createResponseCache } from './responseCache'

type RestContext = { params: Promise<{ slug: string[] }> }
type ConfigSource = SanitizedConfig | Promise<SanitizedConfig>

/**
 * Payload's public route handlers behind the public-read gate: the Next route files and the
 * test adapter both serve exactly these, so tests exercise what production serves.
 */
export function publicApi(config: ConfigSource) {
  const restGet = REST_GET(config)
  const restOptions = REST_OPTIONS(config)
  const graphqlPost = GRAPHQL_POST(config)
  const graphqlGet = persistedGraphqlGet(graphqlPost)
  const cache = createResponseCache(readEnv().RESPONSE_CACHE_SECONDS)
  return {
    restGet: withPublicRead<RestContext>(config, async (request, context, caller) => {
      const read = async (req: Request) => cacheableRead(req, await restGet(req, context), caller)
      return caller.kind === 'anonymous' ? cache(request, read) : read(request)
    }),
    restOptions: async (request: Request, context: RestContext): Promise<Response> =>
      request.headers.has('access-control-request-method') ? preflight(request) : restOptions(request, context),
    graphqlPost: withPublicRead<unknown>(config, persistedGraphqlPost(graphqlPost)),
    graphqlGet: withPublicRead<unknown>(config, (request, _context, caller) =>
      caller.kind === 'anonymous' ? cache(request, (req) => graphqlGet(req, caller)) : graphqlGet(request, caller),
    ),
    graphqlOptions: async (request: Request): Promise<Response> => preflight(request),
  }
}
