/**
 * npm start: the demo hub in one command. Checks that PORT is free, writes a secret into .env on
 * first run, checks the settings and the database (and Redis) they name, bundles the widgets (a
 * second), builds the admin (Next.js) when the sources changed since the last build, applies
 * migrations, seeds an empty database, prints the demo logins, then serves on PORT (3000)
 * through the hub's own server (src/cli/serve.ts).
 */
import { spawn } from 'node:child_process'

import { bin, buildHub, run } from './buildHub'
import { ensureSecret, loadDotEnv } from './dotenv'
import { checkPortOrExit, checkStartupOrExit } from './startupChecks'

loadDotEnv()
await checkPortOrExit()
if (ensureSecret()) console.log('Wrote a new PAYLOAD_SECRET into .env')
// A wrong setting is told now, not after a minute of building.
await checkStartupOrExit()
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
buildHub(env)

run(bin('tsx'), ['src/cli/runScript.ts', 'src/cli/seed.ts', '--if-empty'], env)

const server = spawn(bin('tsx'), ['src/cli/runScript.ts', 'src/cli/serve.ts'], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
