import fs from 'node:fs'
import path from 'node:path'

import { createRequire } from 'node:module'

import { configToSchema } from '@payloadcms/graphql'
import { describe, expect, it } from 'vitest'

// Payload loads graphql's CommonJS build (Node resolves the package's `main`); the schemas
// compared must come from that same copy, so graphql is required rather than imported here.
const { buildSchema, findBreakingChanges } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

/**
 * Partners build against schema.graphql. A change that would break them (a removed field, a
 * changed type, a new required argument) fails here until the file is deliberately updated
 * with `npm run schema:graphql` and the change announced to partners. Additions pass.
 */
describe('the GraphQL schema partners build against', () => {
  it('has no breaking change from the committed schema.graphql', async () => {
    Object.assign(process.env, { PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'relais-test-secret-0123456789' })
    const { default: configPromise } = await import('../payload.config')
    const current = configToSchema(await configPromise).schema
    const committed = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, '../schema.graphql'), 'utf8'))
    const breaking = findBreakingChanges(committed, current).map((change) => `${change.type}: ${change.description}`)
    expect(breaking, 'breaking changes (run `npm run schema:graphql` if deliberate)').toEqual([])
  })

  it('would catch a removed field', () => {
    const before = buildSchema('type Query { news: String, sheets: String }')
    const after = buildSchema('type Query { news: String }')
    expect(findBreakingChanges(before, after).map((c) => c.type)).toEqual(['FIELD_REMOVED'])
  })
})
