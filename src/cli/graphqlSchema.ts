/**
 * npm run schema:graphql
 * Writes schema.graphql, the GraphQL schema partners build against, from the hub's config.
 * test/graphql-schema.test.ts fails until the file matches what the hub serves.
 */
import { loadDotEnv } from './dotenv'

loadDotEnv()
// The schema does not depend on the secret or the database; neither is opened.
process.env.PAYLOAD_SECRET ||= 'schema-only-secret-0123456789'
const { default: configPromise } = await import('../../payload.config')
const { writeGraphqlSchema } = await import('./graphqlSchemaFile')
console.log(writeGraphqlSchema(await configPromise))
