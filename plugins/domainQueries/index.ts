import type { Config } from 'payload'

import { newsVisibleInQuery } from './newsVisibleIn'
import { servicesAvailableInQuery } from './servicesAvailableIn'
import { unitQueries } from './unitQueries'

export type DomainQueriesOptions = {
  /** Off: the queries leave the schema; the collections they read are not touched. */
  enabled?: boolean
}

/**
 * The hub's own GraphQL queries beside Payload's: units serving a commune or near a point
 * (`unitsForCommune`, `unitsNear`), services available in a department (`ServicesAvailableIn`)
 * and news visible in a territory (`NewsVisibleIn`). Each reads through src/lib, the same rules
 * as the widgets and feeds.
 */
export const domainQueries =
  ({ enabled = true }: DomainQueriesOptions = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    const previous = config.graphQL?.queries
    return {
      ...config,
      graphQL: {
        ...config.graphQL,
        queries: (GraphQL, parts) => ({
          ...(previous?.(GraphQL, parts) ?? {}),
          ...unitQueries(GraphQL, parts),
          ServicesAvailableIn: servicesAvailableInQuery(GraphQL, parts),
          NewsVisibleIn: newsVisibleInQuery(GraphQL, parts),
        }),
      },
    }
  }
