/**
 * The hub's server: Payload, the public edge in front, Next behind it for the admin, and the job
 * runner. In production it runs compiled (`node dist/server/serve.js`, built by
 * src/cli/buildServer.ts): npm start and the systemd unit of deploy/ start it so. `npm run dev`
 * runs it from the sources with Next in development mode (`--dev`). `--without-admin` serves
 * everything but the admin, which needs `next build`: the test suite and benches run it so.
 *
 * SIGTERM or SIGINT: readiness turns 503, the listening socket closes, requests in flight finish
 * (idle connections are closed, busy ones after their answer), running jobs finish or are handed
 * back to the other instances, then the process exits 0, all within SHUTDOWN_TIMEOUT_SECONDS.
 */
import http from 'node:http'
import { parseArgs } from 'node:util'

import { loadDotEnv } from './dotenv'
import { exitOnLoadingStall } from './loadingStall'
import { checkPortOrExit, checkStartupOrExit } from './startupChecks'

exitOnLoadingStall('serve')
const { values } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, 'without-admin': { type: 'boolean', default: false } },
})
loadDotEnv()
await checkPortOrExit()
const env = await checkStartupOrExit()
const [
  { getPayload },
  { default: config },
  { createHubEdge },
  { settingsOf },
  { parseDatabaseUrl },
  { withStartupLock },
  { startJobRunner },
  health,
  { logRequest },
  { requestLines },
] = await Promise.all([
  import('payload'),
  import('../../payload.config'),
  import('../edge/hubEdge'),
  import('../lib/settings'),
  import('../lib/databaseUrl'),
  import('../lib/startupLock'),
  import('../jobs/startJobRunner'),
  import('../edge/health'),
  import('../lib/requestLog'),
  import('../lib/logging'),
])

// In production Payload applies pending migrations as it starts: one instance at a time.
const payload = await withStartupLock(parseDatabaseUrl(env.DATABASE_URL), () => getPayload({ config }))
const app = values['without-admin'] ? undefined : (await import('next')).default({ dev: values.dev, dir: process.cwd(), quiet: true })
await app?.prepare()
const nextHandler = app?.getRequestHandler()
const edge = createHubEdge(payload, { fallback: nextHandler ? (req, res) => nextHandler(req, res) : undefined })

let stopping = false
const inFlight = new Set<http.ServerResponse>()
let drained: (() => void) | undefined
const requests = requestLines()
const server = http.createServer((req, res) => {
  logRequest(req, res, requests)
  inFlight.add(res)
  res.once('close', () => {
    inFlight.delete(res)
    if (inFlight.size === 0) drained?.()
  })
  // A connection that brought a request while the server stops is closed after its answer.
  if (stopping) res.setHeader('Connection', 'close')
  void edge.handle(req, res)
})
if (values.dev && app) {
  const upgrade = app.getUpgradeHandler()
  server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head))
}
server.keepAliveTimeout = 65_000

await new Promise<void>((resolve, reject) => {
  server.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRNOTAVAIL') {
      console.error(
        `BIND_ADDRESS: ${env.BIND_ADDRESS} is not an address of this machine; use one of its addresses, or unset it to listen on every interface`,
      )
      process.exit(1)
    }
    reject(error)
  })
  server.listen(env.PORT, env.BIND_ADDRESS, () => resolve())
})
const runner = env.JOBS_AUTORUN ? await startJobRunner(payload, env.JOBS_LEASE_SECONDS) : undefined
const where = env.BIND_ADDRESS ? `${env.BIND_ADDRESS}:${env.PORT}` : `port ${env.PORT}, every interface`
const { origin } = settingsOf(payload)
console.log(`Relais is serving ${origin} on ${where}  (admin ${origin}/admin, partner documentation ${origin}/docs/graphql)`)

const requestsDone = (deadline: number) =>
  new Promise<void>((resolve) => {
    if (inFlight.size === 0) return resolve()
    const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))
    drained = () => {
      clearTimeout(timer)
      resolve()
    }
  })

/** Bounded: a database that is gone must not hold the exit. */
const settled = (work: Promise<unknown> | undefined, ms: number) =>
  Promise.race([Promise.resolve(work).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))])

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  // npm start forwards the signal a terminal also sends the whole group: the second one changes nothing.
  if (stopping) return
  stopping = true
  const started = Date.now()
  const deadline = started + env.SHUTDOWN_TIMEOUT_SECONDS * 1000
  health.markStopping()
  console.log(
    `${signal}: stopping within ${env.SHUTDOWN_TIMEOUT_SECONDS} s: no new connection, ${inFlight.size} request(s) in flight to finish, running jobs to finish or hand back`,
  )
  server.close()
  server.closeIdleConnections()
  const [handedBack] = await Promise.all([runner?.stop(deadline) ?? Promise.resolve(0), requestsDone(deadline)])
  const cut = inFlight.size
  server.closeAllConnections()
  await settled(edge.close(), 1000)
  health.closeHealthChecks()
  await settled((app as unknown as { close?: () => Promise<void> } | undefined)?.close?.(), 1000)
  await settled(payload.destroy(), 2000)
  console.log(`Stopped in ${Date.now() - started} ms (${cut} request(s) cut, ${handedBack} job(s) handed back)`)
  process.exit(0)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal))
