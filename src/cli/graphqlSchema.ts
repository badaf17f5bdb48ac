/**
 * npm run schema:graphql
 * Writes schema.graphql, the GraphQL schema partners build against, from the hub's config.
 * test/graphql-schema.test.ts fails until the file matches what the hub serves.
 */
import fs from 'node:fs'
import path from 'node:path'

import { loadDotEnv } from './dotenv'

loadDotEnv()
// The schema does not depend on the secret or the database; neither is opened.
process.env.PAYLOAD_SECRET ||= 'schema-only-secret-0123456789'
const { default: configPromise } = await import('../../payload.config')
const { partnerSchema } = await import('../../plugins/partners/partnerSchema')
const file = path.resolve(import.meta.dirname, '../../schema.graphql')
const { text } = partnerSchema(await configPromise)
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
fs.writeFileSync(file, text)
console.log(`${path.relative(process.cwd(), file)}: ${before === text ? 'unchanged' : 'written'} (${text.split('\n').length} lines)`)
