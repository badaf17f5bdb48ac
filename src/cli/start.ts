/**
 * npm start: the demo hub in one command. Writes a secret into .env on first run, bundles the
 * widgets (a second), builds the Next.js app when the sources changed since the last build,
 * applies migrations, seeds an empty database, prints the demo logins, then serves on PORT (3000).
 */
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ensureSecret } from './dotenv'

const buildInputs = ['src', 'collections', 'plugins', 'embeds', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const fingerprintFile = path.join('.next', 'relais-build-fingerprint')

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs.readdirSync(entry, { recursive: true, withFileTypes: true })
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

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
}

if (ensureSecret()) console.log('Wrote a new PAYLOAD_SECRET into .env')
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
const bin = (name: string) => path.join('node_modules', '.bin', name)

run(bin('tsx'), ['src/cli/buildEmbeds.ts'], env)

const fingerprint = sourceFingerprint()
const built = fs.existsSync(path.join('.next', 'BUILD_ID')) && fs.existsSync(fingerprintFile)
if (!built || fs.readFileSync(fingerprintFile, 'utf8') !== fingerprint) {
  console.log('Building the hub (about a minute)…')
  run(bin('next'), ['build'], env)
  // Next may rewrite tsconfig.json while building: fingerprint what the build left.
  fs.writeFileSync(fingerprintFile, sourceFingerprint())
}

run(bin('tsx'), ['src/cli/runScript.ts', 'src/cli/seed.ts', '--if-empty'], env)

const port = process.env.PORT || '3000'
console.log(`Relais: http://localhost:${port}  (admin: http://localhost:${port}/admin, GraphQL: POST /api/graphql)`)
const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
