import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { listenInRange } from './browser'
import { createTestDatabase } from './database'

export type AdminHub = {
  /** The hub's origin (its SERVER_URL), on a port Chromium agrees to open. */
  url: string
  /** The password of the demo logins (seed/demo.ts). */
  demoPassword: string
  close: () => Promise<void>
}

// One build of the admin at a time: the suite runs this file once per database, in parallel.
const lockFile = path.join(os.tmpdir(), `relais-admin-build-${crypto.createHash('sha1').update(process.cwd()).digest('hex').slice(0, 12)}.lock`)

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function acquireBuildLock(): Promise<() => void> {
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      return () => fs.rmSync(lockFile, { force: true })
    } catch {
      const holder = Number(fs.readFileSync(lockFile, 'utf8'))
      if (!alive(holder)) fs.rmSync(lockFile, { force: true })
      else await sleep(2000)
    }
  }
}

async function freePort(): Promise<number> {
  const probe = http.createServer()
  const port = await listenInRange(probe)
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/**
 * The hub exactly as `npm start` serves it, admin included: the same command (src/cli/start.ts)
 * builds the admin with Next when a source changed since the last build (a few minutes on two
 * cores; reused otherwise), migrates and seeds the demo on a fresh test database, then serves.
 * The other suites start a hub without Next (helpers/hub.ts); this one is for the admin's pages.
 */
export async function startAdminHub(): Promise<AdminHub> {
  const database = await createTestDatabase()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-admin-media-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const demoPassword = 'relais-demo-browser'
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    SERVER_URL: url,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'relais-test-secret-0123456789',
    DEMO_PASSWORD: demoPassword,
    JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  let log = ''
  const release = await acquireBuildLock()
  let child: ChildProcess | undefined
  try {
    const started = Date.now()
    child = spawn(path.join('node_modules', '.bin', 'tsx'), ['src/cli/start.ts'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.on('data', (chunk) => (log += chunk))
    child.stderr?.on('data', (chunk) => (log += chunk))
    const exited = new Promise<never>((_, reject) =>
      child!.once('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${log}`))),
    )
    const ready = (async () => {
      for (;;) {
        const answer = await fetch(`${url}/readyz`).catch(() => undefined)
        if (answer?.ok) return
        await sleep(1000)
      }
    })()
    await Promise.race([ready, exited])
    if (/Building the admin/.test(log))
      console.info(`admin-browser: the admin was built and the hub started in ${Math.round((Date.now() - started) / 1000)} s`)
  } catch (error) {
    if (child?.pid && alive(child.pid)) process.kill(-child.pid, 'SIGTERM')
    await database.drop()
    throw error
  } finally {
    release()
  }
  const server = child
  return {
    url,
    demoPassword,
    close: async () => {
      if (server.pid && server.exitCode === null) {
        const exit = new Promise((resolve) => server.once('exit', resolve))
        process.kill(-server.pid, 'SIGTERM')
        await Promise.race([exit, sleep(10_000)])
      }
      await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
