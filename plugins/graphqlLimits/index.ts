import type { Config } from 'payload'

import { armorRules, defaultArmorLimits, type ArmorLimits } from './armor'
import { pageBoundsRule } from './pageBounds'

export type GraphqlLimitsOptions = {
  /** Off: queries are only bounded by Payload's own rules. */
  enabled?: boolean
  /** Depth, cost, aliases and directives allowed in one query. */
  limits?: ArmorLimits
}

/**
 * Bounds on what one GraphQL query may ask, checked at validation before any resolver reads the
 * database: depth, cost, aliases, directives (graphql-armor) and page sizes; no introspection
 * and no playground in production. Rate limits and persisted queries live at the edge.
 */
export const graphqlLimits =
  ({ enabled = true, limits = defaultArmorLimits }: GraphqlLimitsOptions = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    const graphQL = config.graphQL ?? {}
    const previousRules = graphQL.validationRules
    return {
      ...config,
      graphQL: {
        ...graphQL,
        disableIntrospectionInProduction: true,
        disablePlaygroundInProduction: true,
        validationRules: (args) => [...(previousRules?.(args) ?? []), ...armorRules(limits), pageBoundsRule(args.variableValues)],
      },
    }
  }
