/**
 * The hub's server: Payload (with its job queue), the public edge in front, Next behind it for
 * the admin. `npm start` runs it after building and seeding; `npm run dev` runs it with Next in
 * development mode.
 */
import http from 'node:http'
import { parseArgs } from 'node:util'

import { loadDotEnv } from './dotenv'
import { checkPortOrExit, checkStartupOrExit } from './startupChecks'

const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } })
loadDotEnv()
await checkPortOrExit()
const env = await checkStartupOrExit()
const [{ getPayload }, { default: config }, { default: next }, { createHubEdge }, { publicOrigin }] = await Promise.all([
  import('payload'),
  import('../../payload.config'),
  import('next'),
  import('../edge/hubEdge'),
  import('../lib/publicOrigin'),
])

const payload = await getPayload({ config, cron: true })
const app = next({ dev: values.dev, dir: process.cwd(), quiet: true })
await app.prepare()
const nextHandler = app.getRequestHandler()
const edge = createHubEdge(payload, { production: !values.dev, fallback: (req, res) => nextHandler(req, res) })
const server = http.createServer((req, res) => void edge.handle(req, res))
if (values.dev) server.on('upgrade', app.getUpgradeHandler())
server.keepAliveTimeout = 65_000

await new Promise<void>((resolve, reject) => {
  server.once('error', reject)
  server.listen(env.PORT, () => resolve())
})
console.log(`Relais is serving ${publicOrigin()}  (admin ${publicOrigin()}/admin, partner documentation ${publicOrigin()}/docs/graphql)`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server.close()
    server.closeAllConnections()
    edge.close()
    void payload.destroy().finally(() => process.exit(0))
  })
}
