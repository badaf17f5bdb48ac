import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { serverDir } from '../src/cli/buildServer'

/**
 * Instances of the hub as production runs them: the compiled server (dist/server, built by
 * src/cli/buildServer.ts) started with `node`, each in its own process, on a database the caller
 * gives; only the admin is left out (`--without-admin`: it needs `next build`). For the fleet's
 * tests (kill one, stop one, restart its database) and benchmarks.
 */
export type Instance = {
  name: string
  port: number
  url: string
  pid: number
  /** Everything it printed so far. */
  output: () => string
  /** Resolves when it exits, with its code and how long after `signal()` it took. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterSignalMs: number | undefined }>
  signal: (signal: NodeJS.Signals) => void
}

export const fleetSecret = 'relais-fleet-test-secret-0123456789'

/** What every instance of a test fleet shares: production mode, one secret, counting readers behind a local proxy. */
export function fleetEnv(settings: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: fleetSecret,
    BIND_ADDRESS: '127.0.0.1',
    TRUSTED_PROXIES: 'loopback',
    JOBS_LEASE_SECONDS: '5',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_PARTNER_PER_MINUTE: '1000000',
    ...settings,
  }
}

function spawnCompiled(script: string, args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(serverDir, script), ...args], {
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return { child, output: () => text }
}

/** Node 20 now and then stops while loading modules (exit 13, see src/cli/runScript.ts): started again then, as systemd's Restart= does. */
const loaderFlake = 13

/** A compiled command run to its end (the seed): its exit code and output. */
export async function runCompiled(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  for (let attempt = 1; ; attempt++) {
    const { child, output } = spawnCompiled(script, args, env)
    const code = await new Promise<number>((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)))
    if (code !== loaderFlake || attempt === 5) return { code, output: output() }
  }
}

/** Starts an instance of the server and waits until its /readyz answers 200. */
export async function startInstance(name: string, port: number, env: Record<string, string>, readyTimeoutMs = 180_000): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + readyTimeoutMs
  for (let attempt = 1; ; attempt++) {
    const { child, output } = spawnCompiled('serve.js', ['--without-admin'], { ...env, PORT: String(port) })
    let signalledAt: number | undefined
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterSignalMs: number | undefined }>((resolve) =>
      child.once('exit', (code, signal) =>
        resolve({ code, signal, afterSignalMs: signalledAt === undefined ? undefined : Date.now() - signalledAt }),
      ),
    )
    let gone: { code: number | null } | undefined
    void exited.then((result) => (gone = result))
    for (;;) {
      if (gone) break
      try {
        if ((await fetch(`${url}/readyz`)).status === 200) {
          return {
            name,
            port,
            url,
            pid: child.pid!,
            output,
            exited,
            signal: (signal) => {
              signalledAt ??= Date.now()
              child.kill(signal)
            },
          }
        }
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL')
        throw new Error(`${name} was not ready within ${readyTimeoutMs} ms:\n${output()}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    if (gone.code !== loaderFlake || attempt === 5) throw new Error(`${name} exited (${gone.code}) before it was ready:\n${output()}`)
  }
}

/** Stops what is still running (after a failed test): no instance outlives its file. */
export async function stopAll(instances: (Instance | undefined)[]): Promise<void> {
  for (const instance of instances) {
    if (!instance) continue
    instance.signal('SIGKILL')
    await instance.exited
  }
}

/** The process holding an open TCP connection to a local port (which instance took a delivery). */
export function pidConnectedTo(port: number): number | undefined {
  const lines = execFileSync('ss', ['-tnpH', 'state', 'established', 'dst', `127.0.0.1:${port}`], { encoding: 'utf8' })
  const match = /pid=(\d+)/.exec(lines)
  return match ? Number(match[1]) : undefined
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await sleep(100)
  }
}
