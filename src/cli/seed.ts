/**
 * npm run seed [-- --if-empty] [-- --no-demo] [-- --catalogue DIR]
 * Checks the catalogue, applies migrations, then creates the content that is missing. Safe to
 * run any number of times.
 */
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { loadDotEnv } from './dotenv'
import { exitOnLoadingStall } from './loadingStall'
import { checkStartupOrExit } from './startupChecks'

exitOnLoadingStall('seed')

async function main(payloadRef: { current?: Payload }): Promise<void> {
  const { values } = parseArgs({
    options: {
      'if-empty': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      catalogue: { type: 'string' },
    },
  })
  // Checked first, so that a bad file is reported at once, before any database work.
  const { readCatalogue } = await import('../../seed/readCatalogue')
  const catalogue = readCatalogue(values.catalogue)
  loadDotEnv()
  const env = await checkStartupOrExit()
  const [{ getPayload }, { default: config }, { seed }, { applyMigrations }, { demoUsers }, { withStartupLock }, { parseDatabaseUrl }] =
    await Promise.all([
      import('payload'),
      import('../../payload.config'),
      import('../../seed/index'),
      import('../lib/migrate'),
      import('../../seed/demo'),
      import('../lib/startupLock'),
      import('../lib/databaseUrl'),
    ])
  // Instances started together on an empty database: the first migrates and seeds, the others
  // wait for it, then find the database no longer empty.
  const payload = await withStartupLock(parseDatabaseUrl(env.DATABASE_URL), async () => {
    const started = await getPayload({ config })
    payloadRef.current = started
    await applyMigrations(started)
    // Seeded once already if it has users or remembers a seeded document (a --no-demo seed creates no user).
    const count = async (collection: 'users' | 'seed-records') => (await started.count({ collection, overrideAccess: true })).totalDocs
    const empty = (await count('users')) === 0 && (await count('seed-records')) === 0
    if (!values['if-empty'] || empty) {
      await seed(started, { catalogue, demo: !values['no-demo'], demoPassword: env.DEMO_PASSWORD, log: (line) => console.log(line) })
    }
    return started
  })
  const logins = demoUsers(env.DEMO_PASSWORD)
  const present = await payload.find({
    collection: 'users',
    where: { email: { in: logins.map((u) => u.email) } },
    depth: 0,
    limit: logins.length,
  })
  if (present.docs.length) {
    console.log('\nDemo logins (password: %s):', env.DEMO_PASSWORD)
    for (const user of logins.filter((u) => present.docs.some((d) => d.email === u.email))) {
      const departments = user.departments?.length ? `  (departments ${user.departments.join(', ')})` : ''
      console.log(`  ${user.role.padEnd(13)} ${user.email}${departments}`)
    }
    console.log('')
  }
}

const payloadRef: { current?: Payload } = {}
let code = 0
try {
  await main(payloadRef)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`\nnpm run seed stopped: ${message}`)
  if (/already exists/.test(message)) {
    console.error('The database was created by other migrations; for a demo database, delete data/relais.db and start again.')
  }
  code = 1
} finally {
  await payloadRef.current?.destroy()
  // Tell the running hubs and the cache in front what the seed changed before leaving.
  if (payloadRef.current) await (await import('../edge/purgeBus')).purgeBusOf(payloadRef.current).close()
}
process.exit(code)
