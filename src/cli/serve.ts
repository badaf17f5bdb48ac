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
const [{ getPayload }, { default: config }, { default: next }, { createHubEdge }, { settingsOf }] = await Promise.all([
  import('payload'),
  import('../../payload.config'),
  import('next'),
  import('../edge/hubEdge'),
  import('../lib/settings'),
])

const payload = await getPayload({ config, cron: true })
const app = next({ dev: values.dev, dir: process.cwd(), quiet: true })
await app.prepare()
const nextHandler = app.getRequestHandler()
const edge = createHubEdge(payload, { fallback: (req, res) => nextHandler(req, res) })
const server = http.createServer((req, res) => void edge.handle(req, res))
if (values.dev) server.on('upgrade', app.getUpgradeHandler())
server.keepAliveTimeout = 65_000

await new Promise<void>((resolve, reject) => {
  server.once('error', reject)
  server.listen(env.PORT, () => resolve())
})
const { origin } = settingsOf(payload)
console.log(`Relais is serving ${origin}  (admin ${origin}/admin, partner documentation ${origin}/docs/graphql)`)

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
