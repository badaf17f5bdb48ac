/**
 * npm run generate
 * Writes every file generated from the hub's config: payload-types.ts (Payload's types), the
 * admin's import map and schema.graphql (what partners build against). CI runs it and fails when
 * a committed file differs from what the code generates (.ci/generated).
 */
import { loadDotEnv } from './dotenv'

loadDotEnv()
// Nothing generated depends on the secret or the database; neither is opened.
process.env.PAYLOAD_SECRET ||= 'generate-only-secret-0123456789'
const { default: configPromise } = await import('../../payload.config')
const { generateImportMap } = await import('payload')
const { generateTypes } = await import('payload/node')
const { writeGraphqlSchema } = await import('./graphqlSchemaFile')
const config = await configPromise
await generateTypes(config, { log: false })
console.log('payload-types.ts: written')
await generateImportMap(config, { log: false })
console.log('src/app/(payload)/admin/importMap.js: written when changed')
console.log(writeGraphqlSchema(config))
