import type { CollectionConfig, Config } from 'payload'

import { bumpContentGeneration } from '../../src/lib/responseCache'

import { armorRules, defaultArmorLimits, type ArmorLimits } from './armor'
import { newsVisibleInQuery } from './newsVisibleIn'
import { pageBoundsRule } from './pageBounds'
import { Partners } from './Partners'
import { servicesAvailableInQuery } from './servicesAvailableIn'

const bump = () => bumpContentGeneration()

/** Any saved or deleted document makes this instance's cached anonymous answers stale. */
function invalidatesCachedReads(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), bump], afterDelete: [...(hooks.afterDelete ?? []), bump] },
  }
}

export type PartnerApiOptions = { limits?: ArmorLimits }

/**
 * What partner apps need beyond Payload's GraphQL: their API keys, depth and cost limits, no
 * introspection in production, and domain queries. Rate limits, persisted queries and caching
 * live at the HTTP layer (src/lib/publicApi.ts).
 */
export const partnerApi =
  ({ limits = defaultArmorLimits }: PartnerApiOptions = {}) =>
  (config: Config): Config => {
    const graphQL = config.graphQL ?? {}
    const previousRules = graphQL.validationRules
    const previousQueries = graphQL.queries
    return {
      ...config,
      collections: [...(config.collections ?? []).map(invalidatesCachedReads), Partners],
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
