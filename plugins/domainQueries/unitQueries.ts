import { APIError, type GraphQLExtension, type PayloadRequest } from 'payload'

import {
  UnitSearchError,
  unitsForCommune,
  type UnitsForCommuneQuery,
  unitsNear,
  type UnitsNearQuery,
  unitSearchLimits,
} from '../../src/lib/unitSearch'
import { unitForces, unitKinds, valuesOf } from '../../src/lib/vocabularies'

type Context = { req: PayloadRequest }

/**
 * A bad argument becomes a GraphQL error naming it, with `extensions.data.argument` and
 * `extensions.statusCode` 400; Payload hides the message of anything but a public APIError.
 */
async function answer<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof UnitSearchError) throw new APIError(error.message, 400, { argument: error.argument }, true)
    throw error
  }
}

/** GraphQL gives an argument left out as null; the search takes it as absent. */
const defined = <T extends object>(args: { [K in keyof T]: T[K] | null }): T =>
  Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null && value !== undefined)) as T

/** `unitsForCommune` and `unitsNear`, beside Payload's own queries, reading through src/lib/unitSearch. */
export const unitQueries: GraphQLExtension = (GraphQL, { collections }) => {
  const { GraphQLBoolean, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString, GraphQLEnumType } = GraphQL
  const unitType = collections.units.graphQL!.type

  const timeRange = new GraphQLObjectType({
    name: 'UnitTimeRange',
    description: 'Opening range in French time, "HH:MM"; `to` may be "24:00".',
    fields: { from: { type: new GraphQLNonNull(GraphQLString) }, to: { type: new GraphQLNonNull(GraphQLString) } },
  })
  const reason = new GraphQLEnumType({
    name: 'UnitMatchReason',
    values: { competent: { value: 'competent' }, in_commune: { value: 'in-commune' }, nearby: { value: 'nearby' } },
  })
  const match = new GraphQLObjectType({
    name: 'UnitMatch',
    fields: {
      unit: { type: new GraphQLNonNull(unitType) },
      distanceKm: { type: GraphQLFloat, description: 'Great-circle distance; null without coordinates.' },
      openNow: { type: GraphQLBoolean, description: 'null when the hours are unknown.' },
      nextChange: { type: GraphQLString, description: 'ISO instant of the next opening or closing within a week.' },
      todayHours: { type: new GraphQLList(new GraphQLNonNull(timeRange)), description: '[] closed today, null unknown.' },
      reason: { type: new GraphQLNonNull(reason) },
    },
  })
  const filters = {
    limit: { type: GraphQLInt, description: `1 to ${unitSearchLimits.maxLimit}, default ${unitSearchLimits.defaultLimit}` },
    kind: { type: GraphQLString, description: valuesOf(unitKinds).join(', ') },
    force: { type: GraphQLString, description: valuesOf(unitForces).join(', ') },
    openAt: { type: GraphQLString, description: 'ISO date-time: only units open then, their state told at that instant' },
    locale: { type: GraphQLString, description: 'fr (default) or en' },
  }
  const list = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(match)))

  return {
    unitsForCommune: {
      type: list,
      description: 'Units serving a commune: competent units, then units in the commune, then the nearest others.',
      args: { insee: { type: new GraphQLNonNull(GraphQLString) }, ...filters },
      resolve: (_: unknown, args: UnitsForCommuneQuery, context: Context) => answer(() => unitsForCommune(context.req.payload, defined(args))),
    },
    unitsNear: {
      type: list,
      description: 'The nearest active units to a position.',
      args: {
        lat: { type: new GraphQLNonNull(GraphQLFloat) },
        lng: { type: new GraphQLNonNull(GraphQLFloat) },
        radiusKm: { type: GraphQLFloat, description: `up to ${unitSearchLimits.maxRadiusKm}` },
        ...filters,
      },
      resolve: (_: unknown, args: UnitsNearQuery, context: Context) => answer(() => unitsNear(context.req.payload, defined(args))),
    },
  }
}
