import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import type { ValidationRule } from 'graphql'

export type ArmorLimits = { maxDepth: number; maxCost: number; maxAliases: number; maxDirectives: number }

// Depth 8 fits the deepest useful read (a sheet → its services → their channels) with room to
// spare; anything deeper is a crawl of the relationship graph, not a page of an app.
export const defaultArmorLimits: ArmorLimits = { maxDepth: 8, maxCost: 5000, maxAliases: 15, maxDirectives: 20 }

/** graphql-armor's rules, run by Payload at validation, before any resolver touches the database. */
export function armorRules(limits: ArmorLimits = defaultArmorLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, exposeLimits: true }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }),
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true }),
  ] as ValidationRule[]
}
