/**
 * tsx src/cli/runScript.ts SCRIPT [ARGS...]
 *
 * Runs a command that loads the Payload config in a child Node process. On Node 20 it runs it
 * again when Node stops with exit code 13 ("unsettled top-level await"): Node 20's ESM loader
 * now and then drops a module load while importing @payloadcms/richtext-lexical (about one start
 * in four on a busy machine, also with plain `node`): the import never settles, the event loop
 * drains, and the process ends before the command has done anything. Every command run this
 * way (seed, units import, scheduling) is idempotent, so starting it again is safe. Node 22 and
 * later do not stall: the command runs once.
 */
import { spawnSync } from 'node:child_process'

import { loaderMayStall } from './loadingStall'
import { startupWarnedVariable } from './startupChecks'

const attempts = loaderMayStall ? 10 : 1
const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: tsx src/cli/runScript.ts SCRIPT [ARGS...]')
  process.exit(2)
}

let status: number | null = null
for (let attempt = 1; attempt <= attempts; attempt++) {
  // A start again repeats nothing the first attempt already told the operator.
  const env = attempt > 1 ? { ...process.env, [startupWarnedVariable]: '1' } : process.env
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit', env })
  status = result.status
  if (status !== 13) break
  if (attempt < attempts) console.error(`${script}: Node stopped while loading modules (exit 13); starting again (${attempt + 1}/${attempts})`)
}
process.exit(status ?? 1)
