import type { GraphQLFieldConfig } from 'graphql'
import type * as GraphQL from 'graphql'
import { APIError, type GraphQLInfo, type PayloadRequest, type TypedLocale } from 'payload'

import { publishedWhere } from '../../src/access/publicReads'
import { issuesMessage } from '../../src/lib/fieldMessage'
import { territoryQuery } from '../../src/lib/territoryParams'
import { servicesAvailableIn } from '../../src/lib/territoryWhere'
import { pageOf } from './pageOf'

type Args = { department: string; locale?: TypedLocale; fallbackLocale?: TypedLocale; limit?: number; page?: number }

/** The parts of Payload's schema the query is built from. */
type SchemaParts = Pick<GraphQLInfo, 'Query' | 'types'>

/**
 * `ServicesAvailableIn(department: "35")`: national services plus those offered in the
 * department. Payload's `where` cannot say "national OR covers this department" together with
 * the status rule in one argument a partner would get right, so the hub's own definition is
 * exposed as a query, with Payload's paginated Services type.
 */
export function servicesAvailableInQuery(graphql: typeof GraphQL, parts: SchemaParts): GraphQLFieldConfig<unknown, { req: PayloadRequest }, Args> {
  // The type of Payload's own `Services` query: the collection's `paginatedType` is a second,
  // same-named object that a schema may not hold twice.
  const paginated = parts.Query.fields.Services?.type
  if (!paginated) throw new Error('servicesAvailableIn needs the services collection')
  const locale = parts.types.localeInputType
  const fallbackLocale = parts.types.fallbackLocaleInputType
  return {
    type: paginated,
    description: 'Online services a reader of the department can use: national ones and those offered there.',
    args: {
      department: { type: new graphql.GraphQLNonNull(graphql.GraphQLString) },
      ...(locale ? { locale: { type: locale } } : {}),
      ...(fallbackLocale ? { fallbackLocale: { type: fallbackLocale } } : {}),
      limit: { type: graphql.GraphQLInt },
      page: { type: graphql.GraphQLInt },
    },
    resolve: async (_source, args, context) => {
      const department = territoryQuery.safeParse({ department: args.department })
      if (!department.success) throw new APIError(issuesMessage(department.error), 400, undefined, true)
      return pageOf(context.req, args, {
        collection: 'services',
        where: { and: [publishedWhere, servicesAvailableIn(args.department)] },
        sort: 'name',
        defaultLimit: 50,
      })
    },
  }
}
