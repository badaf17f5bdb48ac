import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql'

export type ArmorLimits = { maxDepth: number; maxCost: number; maxAliases: number; maxDirectives: number }

// Depth 8 fits the deepest useful read (a sheet → its services → their channels) with room to
// spare; anything deeper is a crawl of the relationship graph, not a page of an app.
export const defaultArmorLimits: ArmorLimits = { maxDepth: 8, maxCost: 5000, maxAliases: 15, maxDirectives: 20 }

/** graphql-armor's rules, run by Payload at validation, before any resolver touches the database. */
export function armorRules(limits: ArmorLimits = defaultArmorLimits): ValidationRule[] {
  // Reported as validation errors (a 400 with the message) rather than thrown, which the
  // GraphQL handler would turn into an internal error.
  const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] }
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, ...report }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, exposeLimits: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true, ...report }),
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true, ...report }),
  ] as ValidationRule[]
}
