import { configToSchema } from '@payloadcms/graphql'
import { findBreakingChanges, type GraphQLSchema, printSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

/** The GraphQL schema the hub serves, as the text partners build against (schema.graphql). */
export function partnerSchema(config: SanitizedConfig): { schema: GraphQLSchema; text: string } {
  const { schema } = configToSchema(config)
  return { schema, text: `${printSchema(schema)}\n` }
}

/** What a partner built against `committed` would lose in `current`, one line per change. */
export const breakingChanges = (committed: GraphQLSchema, current: GraphQLSchema): string[] =>
  findBreakingChanges(committed, current).map((change) => `${change.type}: ${change.description}`)
