import type { Config, Endpoint } from 'payload'

import type { PublicEndpointCustom } from '../../src/edge/contract'
import { graphqlDocs, graphqlDocsPath, graphqlDocsPathEn } from './graphqlDocs'
import { homePage } from './home'

export type HubHomeOptions = {
  /** Off: no home page and no GraphQL documentation are served. */
  enabled?: boolean
}

/**
 * The hub's own pages: its home page (what it is, where everything is) and the partner
 * documentation of the GraphQL API, generated from the schema. Public reads served by the edge
 * and cached like the others.
 */
export const hubHome =
  ({ enabled = true }: HubHomeOptions = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    return {
      ...config,
      endpoints: [
        ...(config.endpoints ?? []),
        {
          path: '/hub/home',
          method: 'get',
          custom: { publicPath: '/', parameters: [] } satisfies PublicEndpointCustom,
          handler: homePage,
        } satisfies Endpoint,
        {
          path: '/hub/docs/graphql',
          method: 'get',
          custom: { publicPath: graphqlDocsPath, parameters: [] } satisfies PublicEndpointCustom,
          handler: graphqlDocs('fr'),
        } satisfies Endpoint,
        {
          path: '/hub/en/docs/graphql',
          method: 'get',
          custom: { publicPath: graphqlDocsPathEn, parameters: [] } satisfies PublicEndpointCustom,
          handler: graphqlDocs('en'),
        } satisfies Endpoint,
      ],
    }
  }
