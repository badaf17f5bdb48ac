import { createRequire } from 'node:module'
import path from 'node:path'

import pg from 'pg'
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * `npm test` runs the unit lane once (the files below: no hub, no database adapter), the files
 * free of the adapter once (in the SQLite project), and the rest of the suite once per database
 * adapter: SQLite always, PostgreSQL when it answers (and always under CI=true, where a missing
 * server must fail the run), MongoDB when MONGODB_URL is set. `npm run test:unit` runs the unit
 * lane alone.
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
  'test/poll-loop.test.ts',
  'test/request-lines.test.ts',
  'test/plugins.test.ts',
  'test/catalogue.test.ts',
  'test/database-url.test.ts',
  'test/opening-hours.test.ts',
  'test/graphql-schema.test.ts',
  'test/widget-styling-docs.test.ts',
]

/**
 * Files that start a hub but test what does not depend on its database adapter: the admin's
 * pages, Chromium, WordPress, feed readers and schemas reading what the hub writes, the home page
 * and the partners' documentation (drawn from the GraphQL schema). They run in
 * the SQLite project only; what they read is tested on every adapter by the files beside them
 * (embed-data, reader-pages, feeds, public-edge).
 */
const adapterFreeFiles = [
  'test/admin-language.test.ts',
  'test/admin-browser.test.ts',
  'test/wordpress-embed.test.ts',
  'test/embed-browser.test.ts',
  'test/reader-pages-browser.test.ts',
  'test/browser-security.test.ts',
  'test/feed-readers.test.ts',
  'test/feed-validity.test.ts',
  'test/hub-home.test.ts',
]

/**
 * The files known to be long (minutes on CI's two cores), in the order they start. Vitest orders
 * by the durations of the last run it remembers, and CI starts from a clean clone with nothing
 * remembered: it then runs one project after the other and the larger files first, which left
 * the admin's walk (7 minutes) to the end, run beside nothing. Started first, the long files
 * share the two workers with the many short ones. The admin's walk builds the admin; the
 * WordPress walk, which needs no admin, takes the other worker meanwhile, and the admin's other
 * browser test comes once the build is done. `only`: the project where the file does its work
 * (elsewhere it loads and skips).
 */
const longFiles: { file: string; only?: 'sqlite' | 'postgres' }[] = [
  { file: 'admin-language.test.ts' },
  { file: 'wordpress-embed.test.ts' },
  { file: 'admin-browser.test.ts' },
  { file: 'fleet-lifecycle.test.ts', only: 'postgres' },
  { file: 'fleet-jobs.test.ts', only: 'postgres' },
  { file: 'fleet-postgres-restart.test.ts', only: 'postgres' },
  { file: 'embed-browser.test.ts' },
  { file: 'catalogue-diff.test.ts' },
  { file: 'hub-home.test.ts' },
  { file: 'start-up.test.ts', only: 'sqlite' },
  { file: 'reader-pages-browser.test.ts' },
]

const rank = (spec: TestSpecification): number => {
  const file = path.basename(spec.moduleId)
  const index = longFiles.findIndex((long) => long.file === file && (!long.only || long.only === spec.project.name))
  return index === -1 ? longFiles.length : index
}

/** The long files first, in their order; the rest in Vitest's own. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
      .map(({ spec }) => spec)
  }
}

const unit: TestProjectInlineConfiguration = { extends: true, test: { name: 'unit', include: unitFiles } }

const project = (name: string, env: Record<string, string>): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    env: { TEST_DATABASE: name, ...env },
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...unitFiles, ...(name === 'sqlite' ? [] : adapterFreeFiles)],
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
      sequence: { sequencer: LongestFirst },
      projects,
    },
  }
})
