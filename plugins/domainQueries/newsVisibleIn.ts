import type { GraphQLFieldConfig } from 'graphql'
import type * as GraphQL from 'graphql'
import { APIError, type GraphQLInfo, type PayloadRequest, type TypedLocale } from 'payload'

import { issuesMessage } from '../../src/lib/fieldMessage'
import { territoryQuery } from '../../src/lib/territoryParams'
import { pageOfNewsVisibleIn } from '../../src/lib/territoryNews'
import { pageBounds } from './pageOf'

type Args = { department?: string | null; commune?: string | null; locale?: TypedLocale; fallbackLocale?: TypedLocale; limit?: number; page?: number }

/** The parts of Payload's schema the query is built from. */
type SchemaParts = Pick<GraphQLInfo, 'Query' | 'types'>

/**
 * `NewsVisibleIn(commune: "35238")`: what a reader there sees (national, department and commune
 * news; published and unexpired only), newest first; the same rule as feeds and widgets.
 */
export function newsVisibleInQuery(graphql: typeof GraphQL, parts: SchemaParts): GraphQLFieldConfig<unknown, { req: PayloadRequest }, Args> {
  const paginated = parts.Query.fields.allNews?.type
  if (!paginated) throw new Error('NewsVisibleIn needs the news collection')
  const { localeInputType: locale, fallbackLocaleInputType: fallbackLocale } = parts.types
  return {
    type: paginated,
    description: 'News a reader of the commune or department sees: national, departmental and local; newest first.',
    args: {
      department: { type: graphql.GraphQLString },
      commune: { type: graphql.GraphQLString },
      ...(locale ? { locale: { type: locale } } : {}),
      ...(fallbackLocale ? { fallbackLocale: { type: fallbackLocale } } : {}),
      limit: { type: graphql.GraphQLInt },
      page: { type: graphql.GraphQLInt },
    },
    resolve: async (_source, args, { req }) => {
      const territory = territoryQuery.safeParse({ department: args.department ?? undefined, commune: args.commune ?? undefined })
      if (!territory.success) throw new APIError(issuesMessage(territory.error), 400, undefined, true)
      const { limit, page, locale, fallbackLocale } = pageBounds(req, args, 20)
      return pageOfNewsVisibleIn(req.payload, territory.data, { limit, page, locale, fallbackLocale, req })
    },
  }
}
