import type * as GraphQL from 'graphql'
import type { GraphQLFieldConfig, GraphQLOutputType } from 'graphql'
import type { Config } from 'payload'

type Field = GraphQLFieldConfig<unknown, unknown, unknown>

/**
 * A permission tree as its GraphQL type spells it. Payload answers these queries with its
 * admin's compact form, where a branch that is all true is `true` and a false permission is left
 * out: under the schema's non-null `permission: Boolean!` that was a 500 for anonymous readers
 * (`{ Access { canAccessAdmin } }`) and for many fields of editors. Here every permission is
 * `true` or `false`, every `where` kept.
 */
function spelledOut(graphql: typeof GraphQL, type: GraphQLOutputType, value: unknown): unknown {
  const named = graphql.getNullableType(type)
  if (graphql.isListType(named) || !graphql.isObjectType(named)) {
    if (graphql.isLeafType(named) && named.name === 'Boolean') return value === true
    return value ?? null
  }
  const branch = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined
  const result: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(named.getFields())) {
    if (name === 'where') result[name] = branch?.[name] ?? null
    else result[name] = spelledOut(graphql, field.type, branch ? branch[name] : value === true)
  }
  return result
}

const spelledOutQuery = (graphql: typeof GraphQL, field: Field): Field => ({
  ...field,
  resolve: async (...args) => spelledOut(graphql, field.type, await field.resolve?.(...args)),
})

/**
 * Payload's `Access` and `docAccess<Collection>` GraphQL queries answer every permission as true
 * or false instead of failing. Wraps Payload's own resolvers, so the answers keep Payload's rules.
 */
export const permissionQueries =
  () =>
  (config: Config): Config => {
    const previous = config.graphQL?.queries
    return {
      ...config,
      graphQL: {
        ...config.graphQL,
        queries: (graphql, parts) => {
          const fields = parts.Query.fields as Record<string, Field>
          const wrapped = Object.fromEntries(
            Object.entries(fields)
              .filter(([name, field]) => (name === 'Access' || name.startsWith('docAccess')) && field.resolve)
              .map(([name, field]) => [name, spelledOutQuery(graphql, field)]),
          )
          return { ...(previous?.(graphql, parts) ?? {}), ...wrapped }
        },
      },
    }
  }
