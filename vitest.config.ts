import { createRequire } from 'node:module'

import pg from 'pg'
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

/**
 * `npm test` runs the unit lane once (the files below: no hub, no database adapter) and the rest
 * of the suite once per database adapter: SQLite always, PostgreSQL when it answers (and always
 * under CI=true, where a missing server must fail the run), MongoDB when MONGODB_URL is set.
 * `npm run test:unit` runs the unit lane alone.
 */
async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

/** Files that start no hub and open no database of the adapter under test. */
const unitFiles = [
  'test/edge-*.test.ts',
  'test/purge-bus.test.ts',
  'test/plugins.test.ts',
  'test/catalogue.test.ts',
  'test/database-url.test.ts',
  'test/opening-hours.test.ts',
  'test/graphql-schema.test.ts',
  'test/widget-styling-docs.test.ts',
]

const unit: TestProjectInlineConfiguration = { extends: true, test: { name: 'unit', include: unitFiles } }

const project = (name: string, env: Record<string, string>): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    env: { TEST_DATABASE: name, ...env },
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...unitFiles],
    // Bundles the widgets the hubs serve and compiles the server the fleet tests run.
    globalSetup: ['test/helpers/globalSetup.ts'],
  },
})

export default defineConfig(async () => {
  const postgresUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const only = process.env.TEST_DATABASE
  // The unit lane runs whatever TEST_DATABASE says, so that any test file can be run with it.
  const projects: TestProjectInlineConfiguration[] = [unit]
  if (!only || only === 'sqlite') projects.push(project('sqlite', {}))
  if (!only || only === 'postgres') {
    if (process.env.CI === 'true' || only === 'postgres' || (await postgresAnswers(postgresUrl))) {
      projects.push(project('postgres', { TEST_POSTGRES_URL: postgresUrl }))
    } else {
      console.warn(
        `\n*** PostgreSQL does not answer at ${postgresUrl}: the postgres run of the suite is LEFT OUT. ` +
          'Start it (pg_ctlcluster 15 main start) or set TEST_POSTGRES_URL. Under CI=true this fails instead. ***\n',
      )
    }
  }
  if (process.env.MONGODB_URL && (!only || only === 'mongodb')) projects.push(project('mongodb', {}))
  else if (only === 'mongodb') throw new Error('TEST_DATABASE=mongodb needs MONGODB_URL')

  return {
    resolve: {
      // Node (npm start, Next's externals) loads graphql's CommonJS build, and so do Payload and
      // graphql-http; Vite would give the hub's own code the ESM build, whose GraphQLError and
      // schema classes the other copy does not recognise.
      alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
    },
    test: {
      pool: 'forks',
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // Each file starts a hub on its own database; two at a time fit the two cores.
      maxWorkers: 2,
      projects,
    },
  }
})
