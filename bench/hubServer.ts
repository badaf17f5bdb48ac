/**
 * The hub as the benchmark drives it: Payload's route handlers behind the public-read gate
 * (the same functions the Next route files export), on a seeded SQLite file, plus Payload's
 * stock handlers without gate or cache under /stock for comparison. Started by bench/api.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { createServer } from '../test/helpers/http'
import { hubRoutes } from '../test/helpers/hub'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'))
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(work, 'hub.db')}`,
  DATABASE_PUSH_SCHEMA: 'true',
  MEDIA_DIR: path.join(work, 'media'),
  JOBS_AUTORUN: 'false',
  PAYLOAD_SECRET: 'relais-bench-secret-0123456789',
  // The benchmark measures throughput, not the limiter's refusals.
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
  RATE_LIMIT_PARTNER_PER_MINUTE: '1000000000',
})

const { default: configPromise } = await import('../payload.config')
const { seed } = await import('../seed')
const config = await configPromise
const payload = await getPayload({ config })
await seed(payload, { demo: true, demoPassword: 'relais-bench-demo' })

const stockRest = REST_GET(config)
const stockGraphql = GRAPHQL_POST(config)
const server = createServer([
  {
    method: 'GET',
    path: /^\/stock\/api\/(?<slug>.+)$/,
    handle: (request, params) => stockRest(request, { params: Promise.resolve({ slug: params.slug.split('/') }) }),
  },
  { method: 'POST', path: /^\/stock\/graphql$/, handle: (request) => stockGraphql(request) },
  ...hubRoutes(config, payload),
])
const port = Number(process.env.PORT ?? 3210)
server.listen(port, '127.0.0.1', () => console.log(`ready ${port}`))

const stop = async () => {
  server.close()
  await payload.destroy()
  fs.rmSync(work, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
