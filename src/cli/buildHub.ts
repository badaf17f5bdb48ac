import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const buildInputs = ['src', 'collections', 'plugins', 'embeds', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const fingerprintFile = path.join('.next', 'relais-build-fingerprint')

export const bin = (name: string): string => path.join('node_modules', '.bin', name)

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
}

/** A hash of everything the build reads, so a stale build is rebuilt and a fresh one reused. */
function sourceFingerprint(): string {
  const hash = crypto.createHash('sha256')
  for (const file of buildInputs.flatMap(filesUnder).sort()) {
    hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

/** Runs a command to completion; a failure stops the calling command with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
}

/**
 * What `npm start` serves needs: the widgets bundled (a second) and the admin built by Next
 * (a few minutes), rebuilt only when a source changed since the last build.
 */
export function buildHub(env: NodeJS.ProcessEnv): void {
  run(bin('tsx'), ['src/cli/buildEmbeds.ts'], env)
  const built = fs.existsSync(path.join('.next', 'BUILD_ID')) && fs.existsSync(fingerprintFile)
  if (built && fs.readFileSync(fingerprintFile, 'utf8') === sourceFingerprint()) return
  // Measured on two cores: about 3 minutes idle, up to 8 when the machine is busy.
  console.log('Building the admin with Next (3 to 8 minutes on two cores; once, reused until a source changes)…')
  const started = Date.now()
  run(bin('next'), ['build'], env)
  console.log(`Admin built in ${Math.round((Date.now() - started) / 1000)} s.`)
  // Next may rewrite tsconfig.json while building: fingerprint what the build left.
  fs.writeFileSync(fingerprintFile, sourceFingerprint())
}
