/**
 * npm start: the demo hub in one command. Checks that PORT is free, writes a secret into .env on
 * first run, bundles the widgets (a second), builds the admin (Next.js) when the sources changed
 * since the last build, applies migrations, seeds an empty database, prints the demo logins,
 * then serves on PORT (3000) through the hub's own server (src/cli/serve.ts).
 */
import { spawn } from 'node:child_process'
import net from 'node:net'

import { bin, buildHub, run } from './buildHub'
import { ensureSecret, loadDotEnv } from './dotenv'

/** Whether something already listens on the port, before anything is built or printed. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'))
    probe.listen(port, () => probe.close(() => resolve(false)))
  })
}

loadDotEnv()
const port = Number(process.env.PORT || 3000)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT: ${JSON.stringify(process.env.PORT)} is not a port number (1–65535)`)
  process.exit(1)
}
if (await portInUse(port)) {
  console.error(`PORT: ${port} is already in use by another program. Stop it, or start the hub on another port: PORT=3001 npm start`)
  process.exit(1)
}

if (ensureSecret()) console.log('Wrote a new PAYLOAD_SECRET into .env')
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
buildHub(env)

run(bin('tsx'), ['src/cli/runScript.ts', 'src/cli/seed.ts', '--if-empty'], env)

const server = spawn(bin('tsx'), ['src/cli/runScript.ts', 'src/cli/serve.ts'], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
