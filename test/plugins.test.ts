import { configToSchema } from '@payloadcms/graphql'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, type Config, type Plugin } from 'payload'
import { describe, expect, it } from 'vitest'

import { Guides } from '../collections/Guides'
import { Media } from '../collections/Media'
import { News } from '../collections/News'
import { Services } from '../collections/Services'
import { Sheets } from '../collections/Sheets'
import { UnitCompetences } from '../collections/UnitCompetences'
import { Units } from '../collections/Units'
import { Users } from '../collections/Users'
import { cachePurge } from '../plugins/cachePurge'
import { domainQueries } from '../plugins/domainQueries'
import { editorial } from '../plugins/editorial'
import { embedsPlugin } from '../plugins/embeds'
import { graphqlLimits } from '../plugins/graphqlLimits'
import { hubHome } from '../plugins/hubHome'
import { inputBounds } from '../plugins/inputBounds'
import { openData } from '../plugins/openData'
import { partnerKeys } from '../plugins/partners'
import { readerPages } from '../plugins/readerPages'
import { syndication } from '../plugins/syndication'
import { webhooks } from '../plugins/webhooks'

/** The smallest config the hub's plugins apply to: its content collections and nothing else. */
const minimalConfig = (): Config => ({
  secret: 'plugins-test-secret-0123456789',
  telemetry: false,
  db: sqliteAdapter({ client: { url: ':memory:' } }),
  editor: lexicalEditor(),
  collections: [Services, Sheets, Units, UnitCompetences, News, Guides, Media, Users],
  localization: { locales: ['fr', 'en'], defaultLocale: 'fr', fallback: true },
  typescript: { autoGenerate: false },
})

const hookCount = (collection: CollectionConfig) =>
  Object.values(collection.hooks ?? {}).reduce((sum, hooks) => sum + (Array.isArray(hooks) ? hooks.length : 0), 0)
/** What the database holds: each collection and its fields. */
const schemaOf = (config: Config) =>
  Object.fromEntries(
    (config.collections ?? []).map((collection) => [collection.slug, collection.fields.map((field) => ('name' in field ? field.name : field.type))]),
  )
const endpointPaths = (config: Config) => (config.endpoints ?? []).map((endpoint) => endpoint.path)
const hooksBySlug = (config: Config) => Object.fromEntries((config.collections ?? []).map((collection) => [collection.slug, hookCount(collection)]))

type Case = { name: string; plugin: (options: { enabled?: boolean }) => Plugin; adds: (config: Config) => unknown }

const cases: Case[] = [
  { name: 'domainQueries', plugin: domainQueries, adds: (config) => typeof config.graphQL?.queries },
  { name: 'embedsPlugin', plugin: embedsPlugin, adds: endpointPaths },
  { name: 'syndication', plugin: syndication, adds: endpointPaths },
  { name: 'readerPages', plugin: readerPages, adds: endpointPaths },
  { name: 'hubHome', plugin: hubHome, adds: endpointPaths },
  { name: 'openData', plugin: openData, adds: endpointPaths },
  { name: 'graphqlLimits', plugin: graphqlLimits, adds: (config) => typeof config.graphQL?.validationRules },
  { name: 'webhooks', plugin: webhooks, adds: hooksBySlug },
  {
    name: 'cachePurge',
    plugin: (options) => cachePurge({ purge: async () => undefined, ...options }),
    adds: (config) => [hooksBySlug(config), typeof config.onInit],
  },
  { name: 'inputBounds', plugin: inputBounds, adds: (config) => [hooksBySlug(config), config.hooks?.afterError?.length ?? 0] },
  {
    name: 'editorial',
    plugin: editorial,
    adds: (config) => [
      hooksBySlug(config),
      config.admin?.components?.beforeDashboard?.length ?? 0,
      config.jobs?.tasks?.map((task) => Boolean(task.schedule)),
    ],
  },
  {
    name: 'partnerKeys',
    plugin: partnerKeys,
    adds: (config) => config.collections?.filter((c) => c.slug === 'partners').map((c) => [c.admin?.hidden ?? false, hookCount(c)]),
  },
]

describe.each(cases)('the $name plugin on a config of its own', ({ plugin, adds }) => {
  it('adds its behaviour when enabled, and keeps the schema but none of it when disabled', async () => {
    const base = minimalConfig()
    const on = await plugin({})(minimalConfig())
    const off = await plugin({ enabled: false })(minimalConfig())
    expect(adds(on)).not.toEqual(adds(base))
    expect(adds(off)).not.toEqual(adds(on))
    expect(schemaOf(off)).toEqual(schemaOf(on))
  })

  it('builds into a valid Payload config that keeps what the config had: endpoints, queries', async () => {
    const marker = { path: '/marker', method: 'get' as const, handler: () => Response.json({}) }
    const queries: NonNullable<NonNullable<Config['graphQL']>['queries']> = (GraphQL) => ({ marker: { type: GraphQL.GraphQLString } })
    const config = await buildConfig(await plugin({})({ ...minimalConfig(), endpoints: [marker], graphQL: { queries } }))
    expect(config.endpoints.map((endpoint) => endpoint.path)).toContain('/marker')
    expect(Object.keys(configToSchema(config).schema.getQueryType()!.getFields())).toContain('marker')
  })
})

describe('the domainQueries plugin', () => {
  it('adds its queries to the schema Payload serves, and nothing when disabled', async () => {
    const rootQueries = async (enabled: boolean) =>
      Object.keys(
        configToSchema(await buildConfig(domainQueries({ enabled })(minimalConfig())))
          .schema.getQueryType()!
          .getFields(),
      )
    expect(await rootQueries(true)).toEqual(expect.arrayContaining(['unitsForCommune', 'unitsNear', 'ServicesAvailableIn', 'NewsVisibleIn']))
    expect(await rootQueries(false)).not.toContain('unitsForCommune')
  })
})
