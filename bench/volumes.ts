/**
 * npm run bench:volumes [-- sqlite|postgres...]   (both by default)
 *
 * Every public read at national volumes, uncached, as `npm start` serves it. For each database
 * adapter: a fresh database gets the fixture of bench/nationalVolumes.ts (the catalogue, 5,000
 * units, a competence for every commune, 100,000 news over five years) written in bulk, then
 * the hub's server (src/cli/serve.ts, production build, the edge in front) starts on it with
 * EDGE_CACHE_SECONDS=0, so that its memory keeps no answer and every request is computed, and
 * with the rate limits out of the way (one address sends everything). Each route is asked
 * BENCH_REQUESTS (100) times one after the other, with parameters picked among the fixture's
 * news, units, departments and all ~35,000 communes (bench/volumeRoutes.ts); /robots.txt, which
 * reads no database, is the floor. Prints p50, p99 and the slowest per route, and the load
 * average (the machine is shared: compare within a run). PostgreSQL: BENCH_POSTGRES_URL
 * (postgres://postgres@127.0.0.1:5432/postgres), on which a scratch database is created and dropped.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import { freePort } from '../deploy/varnish/startVarnish'
import { buildHub } from '../src/cli/buildHub'
import type { VolumeSample } from './nationalVolumes'
import { volumeRoutes } from './volumeRoutes'

const fixtureFlag = '--write-fixture'

if (process.argv[2] === fixtureFlag) {
  // The fixture runs in a process of its own: the config reads DATABASE_URL once, when loaded.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { applyMigrations } = await import('../src/lib/migrate')
  const { writeNationalVolumes } = await import('./nationalVolumes')
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  const started = performance.now()
  const sample = await writeNationalVolumes(payload)
  fs.writeFileSync(process.argv[3], JSON.stringify({ ...sample, seconds: (performance.now() - started) / 1000 }))
  await payload.destroy()
  process.exit(0)
}

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100)
const adapters = (process.argv.slice(2).length ? process.argv.slice(2) : ['sqlite', 'postgres']) as ('sqlite' | 'postgres')[]
for (const adapter of adapters) {
  if (adapter !== 'sqlite' && adapter !== 'postgres') {
    console.error(`bench:volumes: unknown adapter "${adapter}" (sqlite or postgres)`)
    process.exit(2)
  }
}
const postgresAdmin = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const secret = process.env.PAYLOAD_SECRET || crypto.randomBytes(24).toString('hex')
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')

const children: ChildProcess[] = []
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')))

/** Runs a script under Node (again when Node 20's loader drops it, exit 13) until `ready` is printed or it exits. */
async function runScript(args: string[], env: NodeJS.ProcessEnv, ready?: string): Promise<ChildProcess | number> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    const outcome = await new Promise<'ready' | number>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (ready && chunk.toString().includes(ready)) resolve('ready')
      })
      child.once('exit', (code) => resolve(code ?? 1))
    })
    if (outcome === 'ready') {
      children.push(child)
      return child
    }
    if (outcome !== 13) return outcome
  }
  throw new Error(`${args.join(' ')} kept stopping while loading modules (exit 13)`)
}

type Figures = { name: string; p50: number; p99: number; max: number; failures: number; example?: string }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** The news sitemaps the index names, but each year's last (partly filled) one. */
async function fullNewsSitemaps(origin: string): Promise<string[]> {
  const index = await (await fetch(`${origin}/sitemap.xml`)).text()
  const parts = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/news-(\d{4})-(\d+)\.xml)<\/loc>/g)]
  const lastOfYear = new Map(parts.map(([, , year, number]) => [year, number]))
  return parts.filter(([, , year, number]) => lastOfYear.get(year) !== number).map(([, path]) => path)
}

async function measure(origin: string, sample: VolumeSample): Promise<Figures[]> {
  const routes = [
    { name: 'floor: /robots.txt (no database)', request: () => ({ path: '/robots.txt', method: 'GET' as const }) },
    ...volumeRoutes(sample, origin, await fullNewsSitemaps(origin)),
  ]
  const rows: Figures[] = []
  for (const route of routes) {
    const times: number[] = []
    let failures = 0
    let example: string | undefined
    for (let n = 0; n < REQUESTS + 2; n++) {
      const request = route.request(n)
      const started = performance.now()
      const response = await fetch(origin + request.path, {
        method: request.method,
        headers: { 'accept-encoding': 'gzip', ...(request.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        body: request.method === 'POST' ? request.body : undefined,
      })
      const body = await response.text()
      const ms = performance.now() - started
      // The first two requests warm the route (the unit index, compiled queries): not counted.
      if (n < 2) continue
      times.push(ms)
      if (response.status >= 400 || (request.path === '/api/graphql' && body.includes('"errors"'))) {
        failures++
        example ??= `${response.status} ${request.path} ${body.slice(0, 160)}`
      }
    }
    times.sort((a, b) => a - b)
    rows.push({ name: route.name, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)!, failures, example })
  }
  return rows
}

async function databaseFor(
  adapter: 'sqlite' | 'postgres',
  work: string,
): Promise<{ url: string; drop: () => Promise<void>; analyze: () => Promise<void> }> {
  if (adapter === 'sqlite') return { url: `file:${path.join(work, 'volumes.db')}`, drop: async () => undefined, analyze: async () => undefined }
  const name = `relais_bench_volumes_${crypto.randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: postgresAdmin })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(postgresAdmin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    // What autovacuum does after a bulk load, done at once rather than within the next minute.
    analyze: async () => {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      await client.query('VACUUM ANALYZE')
      await client.end()
    },
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdmin })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

const baseEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: secret }
console.log('Preparing: the production build (reused when no source changed)…')
buildHub(baseEnv)

const results: { adapter: string; fixtureSeconds: number; sample: VolumeSample; rows: Figures[]; loadBefore: string; loadAfter: string }[] = []
for (const adapter of adapters) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `relais-bench-volumes-${adapter}-`))
  const database = await databaseFor(adapter, work)
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    DATABASE_URL: database.url,
    MEDIA_DIR: path.join(work, 'media'),
    SERVER_URL: origin,
    PORT: String(port),
    JOBS_AUTORUN: 'false',
    // Nothing kept in the edge's memory: every request below is computed.
    EDGE_CACHE_SECONDS: '0',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
    RATE_LIMIT_PARTNER_PER_MINUTE: '1000000000',
  }
  try {
    console.log(`${adapter}: writing the national volumes…`)
    const sampleFile = path.join(work, 'sample.json')
    const code = await runScript(['bench/volumes.ts', fixtureFlag, sampleFile], env)
    if (code !== 0) throw new Error(`the fixture stopped with exit code ${String(code)}`)
    const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8')) as VolumeSample & { seconds: number }
    await database.analyze()
    const hub = await runScript(['src/cli/serve.ts'], env, 'Relais is serving')
    if (typeof hub === 'number') throw new Error(`the hub stopped with exit code ${hub}`)
    const loadBefore = load()
    console.log(`${adapter}: measuring ${REQUESTS} requests per route (load average ${loadBefore})…`)
    const rows = await measure(origin, sample)
    results.push({ adapter, fixtureSeconds: sample.seconds, sample, rows, loadBefore, loadAfter: load() })
    hub.kill('SIGTERM')
    await new Promise((resolve) => hub.once('exit', resolve))
  } finally {
    await database.drop()
    fs.rmSync(work, { recursive: true, force: true })
  }
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0).padStart(6)
for (const { adapter, fixtureSeconds, sample, rows, loadBefore, loadAfter } of results) {
  const { counts } = sample
  console.log(
    `\n${adapter}: ${counts.units} units, ${counts.competences} competences, ${counts.news} news over ${counts.years} years (${counts.visibleNews} shown), ` +
      `written in ${fixtureSeconds.toFixed(0)} s; uncached, ${REQUESTS} requests per route, one at a time; load average ${loadBefore} → ${loadAfter}`,
  )
  console.log(`  ${'route'.padEnd(48)}    p50     p99    max (ms)`)
  for (const row of rows) {
    const flag = row.p99 > 100 ? '  over 100 ms' : ''
    console.log(
      `  ${row.name.padEnd(48)} ${ms(row.p50)}  ${ms(row.p99)}  ${ms(row.max)}${flag}${row.failures ? `  ${row.failures} failed: ${row.example}` : ''}`,
    )
  }
  const over = rows.filter((row) => row.p99 > 100)
  console.log(`  ${over.length ? `${over.length} route(s) over 100 ms at p99` : 'every route under 100 ms at p99'}`)
}
process.exit(0)
