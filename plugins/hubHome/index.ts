import type { Config, Endpoint } from 'payload'

import type { PublicEndpointCustom } from '../../src/edge/routes'
import { graphqlDocs, graphqlDocsPath } from './graphqlDocs'
import { homePage } from './home'

/**
 * The hub's own pages: its home page (what it is, where everything is) and the partner
 * documentation of the GraphQL API, generated from the schema. Public reads served by the edge
 * and cached like the others.
 */
export const hubHome =
  () =>
  (config: Config): Config => ({
    ...config,
    endpoints: [
      ...(config.endpoints ?? []),
      { path: '/hub/home', method: 'get', custom: { publicPath: '/' } satisfies PublicEndpointCustom, handler: homePage } satisfies Endpoint,
      { path: '/hub/docs/graphql', method: 'get', custom: { publicPath: graphqlDocsPath } satisfies PublicEndpointCustom, handler: graphqlDocs } satisfies Endpoint,
    ],
  })
