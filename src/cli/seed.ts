/**
 * npm run seed [-- --if-empty] [-- --no-demo]
 * Applies migrations, then creates the content that is missing. Safe to run any number of times.
 */
import { parseArgs } from 'node:util'

import { loadDotEnv } from './dotenv'

loadDotEnv()

const { values } = parseArgs({
  options: {
    'if-empty': { type: 'boolean', default: false },
    'no-demo': { type: 'boolean', default: false },
  },
})

const [{ getPayload }, { default: config }, { seed }, { applyMigrations }, { demoUsers }, { readEnv }] = await Promise.all([
  import('payload'),
  import('../../payload.config'),
  import('../../seed/index'),
  import('../lib/migrate'),
  import('../../seed/demo'),
  import('../lib/env'),
])

const env = readEnv()
const payload = await getPayload({ config })
try {
  await applyMigrations(payload)
  const empty = (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0
  if (!values['if-empty'] || empty) {
    await seed(payload, { demo: !values['no-demo'], demoPassword: env.DEMO_PASSWORD, log: (line) => console.log(line) })
  }
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
      console.log(`  ${user.role.padEnd(13)} ${user.email}${user.departments?.length ? `  (departments ${user.departments.join(', ')})` : ''}`)
    }
    console.log('')
  }
} finally {
  await payload.destroy()
}
process.exit(0)
