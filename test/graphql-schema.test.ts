import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { breakingChanges, partnerSchema } from '../plugins/partners/partnerSchema'

// Payload loads graphql's CommonJS build (Node resolves the package's `main`); the committed
// schema must be parsed by that same copy to be compared with the hub's.
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

const committedFile = path.resolve(import.meta.dirname, '../schema.graphql')
let served: ReturnType<typeof partnerSchema>

beforeAll(async () => {
  Object.assign(process.env, { PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'relais-test-secret-0123456789' })
  const { default: configPromise } = await import('../payload.config')
  served = partnerSchema(await configPromise)
})

/**
 * Partners build against schema.graphql. Any difference fails: a breaking change until the file
 * is deliberately updated and the change announced, an addition until the file says so.
 */
describe('the GraphQL schema partners build against', () => {
  it('is exactly the committed schema.graphql', () => {
    const committed = fs.readFileSync(committedFile, 'utf8')
    if (served.text === committed) return
    const breaking = breakingChanges(buildSchema(committed), served.schema)
    expect.fail(
      breaking.length
        ? `the hub's schema breaks partners built against schema.graphql:\n${breaking.join('\n')}\nIf deliberate: npm run schema:graphql, and tell partners.`
        : 'the hub serves more than schema.graphql says (an addition): npm run schema:graphql to record it.',
    )
  })

  it('keeps what is internal out of it: accounts, partners, webhooks, jobs, preferences', () => {
    const rootFields = [served.schema.getQueryType(), served.schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}))
    expect(rootFields.filter((name) => /user|partner|webhook|payload|preference|seedrecord/i.test(name))).toEqual([])
    for (const type of [
      'Partner',
      'Webhook',
      'WebhookDelivery',
      'PayloadJob',
      'PayloadPreference',
      'PayloadLockedDocument',
      'PayloadKv',
      'SeedRecord',
    ]) {
      expect(served.schema.getType(type), type).toBeUndefined()
    }
    expect(rootFields).toEqual(expect.arrayContaining(['Services', 'Sheets', 'Units', 'allNews', 'Guides', 'unitsForCommune']))
  })
})
