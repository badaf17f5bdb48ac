import type { Config } from 'payload'

import { armorRules, defaultArmorLimits, type ArmorLimits } from './armor'
import { newsVisibleInQuery } from './newsVisibleIn'
import { pageBoundsRule } from './pageBounds'
import { Partners } from './Partners'
import { servicesAvailableInQuery } from './servicesAvailableIn'

export type PartnerApiOptions = { limits?: ArmorLimits }

/**
 * What partner apps need beyond Payload's GraphQL: their API keys, depth and cost limits, no
 * introspection in production, and domain queries. Rate limits, persisted queries and caching
 * live at the edge (src/edge/).
 */
export const partnerApi =
  ({ limits = defaultArmorLimits }: PartnerApiOptions = {}) =>
  (config: Config): Config => {
    const graphQL = config.graphQL ?? {}
    const previousRules = graphQL.validationRules
    const previousQueries = graphQL.queries
    return {
      ...config,
      collections: [...(config.collections ?? []), Partners],
      graphQL: {
        ...graphQL,
        disableIntrospectionInProduction: true,
        disablePlaygroundInProduction: true,
        validationRules: (args) => [...(previousRules?.(args) ?? []), ...armorRules(limits), pageBoundsRule(args.variableValues)],
        queries: (graphql, parts) => ({
          ...(previousQueries?.(graphql, parts) ?? {}),
          ServicesAvailableIn: servicesAvailableInQuery(graphql, parts as never),
          NewsVisibleIn: newsVisibleInQuery(graphql, parts as never),
        }),
      },
    }
  }
