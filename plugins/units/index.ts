import type { Config } from 'payload'

import { unitQueries } from './graphqlQueries'

export type UnitsPluginOptions = { enabled?: boolean }

/**
 * The units directory's GraphQL queries. The collections they read (units, unit-competences)
 * belong to the schema, so disabling the plugin removes the queries and leaves the data alone.
 */
export const unitsPlugin =
  ({ enabled = true }: UnitsPluginOptions = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    const previous = config.graphQL?.queries
    return {
      ...config,
      graphQL: {
        ...config.graphQL,
        queries: (GraphQL, context) => ({ ...(previous?.(GraphQL, context) ?? {}), ...unitQueries(GraphQL, context) }),
      },
    }
  }
