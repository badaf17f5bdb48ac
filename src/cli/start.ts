/**
 * npm start: the demo hub in one command. Checks that PORT is free, writes a secret into .env on
 * first run, checks the settings and the database (and Redis) they name, bundles the widgets (a
 * second), builds the admin (Next.js) when the sources changed since the last build, compiles the
 * server (dist/server), then runs the compiled seed of an empty database (which applies
 * migrations and prints the demo logins) and the compiled server (src/cli/serve.ts) with `node`.
 * SIGTERM and SIGINT are passed on to the running command; this process leaves with its code.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { buildHub } from './buildHub'
import { buildServer, serverDir } from './buildServer'
import { ensureSecret, loadDotEnv } from './dotenv'
import { loaderMayStall } from './loadingStall'
import { checkPortOrExit, checkStartupOrExit } from './startupChecks'

loadDotEnv()
await checkPortOrExit()
if (ensureSecret()) console.log('Wrote a new PAYLOAD_SECRET into .env')
// A wrong setting is told now, not after a minute of building.
await checkStartupOrExit()
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
buildHub(env)
await buildServer()

let stopping: NodeJS.Signals | undefined
let current: ReturnType<typeof spawn> | undefined
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = signal
    current?.kill(signal)
  })
}

/**
 * Runs a compiled command with node and waits for it. Node 20 now and then stops while loading
 * modules (exit 13, see src/cli/runScript.ts): the command, idempotent, is started again then.
 */
async function runCompiled(script: string, args: string[]): Promise<number> {
  const attempts = loaderMayStall ? 10 : 1
  for (let attempt = 1; attempt <= attempts; attempt++) {
    current = spawn(process.execPath, ['--enable-source-maps', path.join(serverDir, script), ...args], { stdio: 'inherit', env })
    const code = await new Promise<number>((resolve) => current!.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))))
    if (code !== 13 || stopping || attempt === attempts) return code
    console.error(`${script}: Node stopped while loading modules (exit 13); starting again (${attempt + 1}/${attempts})`)
  }
  return 13
}

const seeded = await runCompiled('seed.js', ['--if-empty'])
if (seeded !== 0 || stopping) process.exit(stopping ? 0 : seeded)
process.exit(await runCompiled('serve.js', []))
