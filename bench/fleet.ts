/**
 * npm run bench:fleet: one instance against two behind Varnish (the committed VCL), as production
 * runs them (the compiled server, a fresh PostgreSQL database seeded with the demo content, a Redis
 * of the machine), on loopback:
 * - anonymous reads (four public reads in turn) and a mixed load with 5 % writes (a news item
 *   saved by an editor every 20th request): requests per second, p50 and p99;
 * - with the fleet, the delay from a save through one instance to its visibility through the other
 *   and through Varnish, over BENCH_CHANGES (100) changes of one item both had kept;
 * - the delay from a scheduled time (10 expiries, 10 scheduled publications) to its visibility
 *   through an instance and through Varnish.
 * BENCH_SECONDS (10) and BENCH_CONNECTIONS (20) set the load; BENCH_POSTGRES_URL
 * (postgres://postgres@127.0.0.1:5432/postgres) the server. It prints the machine's load average,
 * since the figures depend on what else runs.
 */
import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'
import { getPayload } from 'payload'

import { freePort, startVarnish, varnishMissing } from '../deploy/varnish/startVarnish'
import { buildServer } from '../src/cli/buildServer'
import { fleetEnv, fleetSecret, type Instance, runCompiled, startInstance, stopAll } from './hubInstances'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const CHANGES = Number(process.env.BENCH_CHANGES ?? 100)
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
if (varnishMissing()) throw new Error(`${varnishMissing()}: bench:fleet compares one instance with two behind Varnish`)

const reads = ['/api/news?limit=10&depth=1', '/api/services?limit=10', '/embed/v1/data/news?commune=35238', '/api/sheets?limit=5&depth=0']
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const newsBody = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title, summary: 'Résumé', category: 'event', scope: { level: 'national' }, _status: 'published', ...extra })

const database = `relais_bench_${crypto.randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: adminUrl })
await admin.connect()
await admin.query(`CREATE DATABASE ${database}`)
const url = new URL(adminUrl)
url.pathname = `/${database}`
const databaseUrl = url.toString()

const instances: Instance[] = []
let varnish: Awaited<ReturnType<typeof startVarnish>> | undefined
const rows: string[] = []

// Every news item saved gets a title (and so a slug) of its own, across runs.
let saved = 0

async function load(base: string, token: string, writes: boolean) {
  const requests: autocannon.Request[] = Array.from({ length: writes ? 19 : reads.length }, (_, i) => ({
    method: 'GET',
    path: reads[i % reads.length],
  }))
  if (writes) {
    requests.push({
      method: 'POST',
      path: '/api/news',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      setupRequest: (request) => ({ ...request, body: newsBody(`bench-${process.pid}-${saved++}`) }),
    })
  }
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests })
  const failed = result.non2xx + result.errors + result.timeouts
  const codes = Object.entries((result as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count}× ${code}`)
  const detail = [...codes, ...(result.errors ? [`${result.errors} errors`] : [])].join(', ')
  return `${Math.round(result.requests.average)} req/s | ${result.latency.p50} ms | ${result.latency.p99} ms | ${failed}${detail ? ` (${detail})` : ''}`
}

async function visible(base: string, id: number | string, check: (doc: { title?: string } | undefined) => boolean, limitMs = 30_000) {
  const started = Date.now()
  for (;;) {
    const response = await fetch(`${base}/api/news/${id}?depth=0`)
    const doc = response.status === 200 ? ((await response.json()) as { title?: string }) : (await response.arrayBuffer(), undefined)
    if (check(doc)) return Date.now()
    if (Date.now() - started > limitMs) throw new Error(`${base}/api/news/${id}: not visible within ${limitMs} ms`)
    await sleep(5)
  }
}

try {
  await buildServer()
  const [portA, portB, varnishPort] = [await freePort(), await freePort(), await freePort()]
  const purgeKey = crypto.randomBytes(32).toString('hex')
  const env = fleetEnv({
    DATABASE_URL: databaseUrl,
    SERVER_URL: `http://127.0.0.1:${varnishPort}`,
    MEDIA_DIR: path.join(os.tmpdir(), `${database}-media`),
    REDIS_URL: 'redis://127.0.0.1:6379',
    RATE_LIMIT_PREFIX: database,
    CACHE_PURGE_URL: `http://127.0.0.1:${varnishPort}/`,
    CACHE_PURGE_KEY: purgeKey,
  })
  const seeded = await runCompiled('seed.js', ['--if-empty'], env)
  if (seeded.code !== 0) throw new Error(`seed exited ${seeded.code}:\n${seeded.output}`)

  Object.assign(process.env, { DATABASE_URL: databaseUrl, DATABASE_PUSH_SCHEMA: 'false', JOBS_AUTORUN: 'false', PAYLOAD_SECRET: fleetSecret })
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config: await config })
  await payload.create({ collection: 'users', data: { email: 'bench@fleet.example', name: 'Bench', role: 'admin', password: 'bench-password-123' } })

  instances.push(await startInstance('A', portA, env))
  const [a] = instances
  const login = async (base: string) =>
    (
      (await (
        await fetch(`${base}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'bench@fleet.example', password: 'bench-password-123' }),
        })
      ).json()) as { token: string }
    ).token
  const token = await login(a.url)

  rows.push(`| 1 instance | anonymous reads | ${await load(a.url, token, false)} |`)
  rows.push(`| 1 instance | 5 % writes | ${await load(a.url, token, true)} |`)

  instances.push(await startInstance('B', portB, env))
  const [, b] = instances
  varnish = await startVarnish(varnishPort, [portA, portB], purgeKey)
  rows.push(`| 2 instances behind Varnish | anonymous reads | ${await load(varnish.url, token, false)} |`)
  rows.push(`| 2 instances behind Varnish | 5 % writes | ${await load(varnish.url, token, true)} |`)
  await sleep(2000)

  // A save through A, seen through B and through Varnish, both of which kept the previous version.
  const item = (await (
    await fetch(`${a.url}/api/news`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: newsBody('v-start'),
    })
  ).json()) as { doc: { id: number } }
  const id = item.doc.id
  const throughB: number[] = []
  const throughVarnish: number[] = []
  for (let i = 0; i < CHANGES; i++) {
    for (const base of [b.url, varnish.url]) await visible(base, id, () => true)
    const title = `v-${i}`
    const saved = await fetch(`${a.url}/api/news/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title }),
    })
    await saved.arrayBuffer()
    const savedAt = Date.now()
    const [seenB, seenVarnish] = await Promise.all([b.url, varnish.url].map((base) => visible(base, id, (doc) => doc?.title === title)))
    throughB.push(seenB - savedAt)
    throughVarnish.push(seenVarnish - savedAt)
  }

  // Scheduled changes: 10 expiries and 10 publications, 300 ms apart, from 5 s on.
  const start = Date.now() + 5000
  const expiring = await Promise.all(
    Array.from({ length: 10 }, async (_, k) => {
      const at = start + k * 300
      const doc = await payload.create({
        collection: 'news',
        data: JSON.parse(newsBody(`expire-${k}`, { expiresAt: new Date(at).toISOString() })) as never,
      })
      return { id: doc.id, at }
    }),
  )
  const publishing = await Promise.all(
    Array.from({ length: 10 }, async (_, k) => {
      const at = start + k * 300 + 150
      const doc = await payload.create({ collection: 'news', draft: true, data: JSON.parse(newsBody(`publish-${k}`, { _status: 'draft' })) as never })
      await payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: new Date(at),
        input: { type: 'publish', doc: { relationTo: 'news', value: doc.id } },
      })
      return { id: doc.id, at }
    }),
  )
  for (const { id: expiringId } of expiring) for (const base of [b.url, varnish.url]) await visible(base, expiringId, Boolean)
  const scheduled = { expiryB: [] as number[], expiryVarnish: [] as number[], publicationB: [] as number[], publicationVarnish: [] as number[] }
  await Promise.all([
    ...expiring.flatMap(({ id: expiringId, at }) => [
      visible(b.url, expiringId, (doc) => !doc).then((seen) => scheduled.expiryB.push(seen - at)),
      visible(varnish!.url, expiringId, (doc) => !doc).then((seen) => scheduled.expiryVarnish.push(seen - at)),
    ]),
    ...publishing.flatMap(({ id: publishedId, at }) => [
      visible(b.url, publishedId, Boolean).then((seen) => scheduled.publicationB.push(seen - at)),
      visible(varnish!.url, publishedId, Boolean).then((seen) => scheduled.publicationVarnish.push(seen - at)),
    ]),
  ])
  await payload.destroy()

  const figures = (values: number[]) => `${percentile(values, 50)} ms | ${percentile(values, 99)} ms | ${Math.max(...values)} ms`
  console.log(
    `\nbench:fleet, ${SECONDS} s × ${CONNECTIONS} connections per run, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}\n`,
  )
  console.log('| fleet | load | throughput | p50 | p99 | failed |\n| --- | --- | ---: | ---: | ---: | ---: |')
  for (const row of rows) console.log(row)
  console.log(`\n| a change saved through A, seen… | p50 | p99 | max |\n| --- | ---: | ---: | ---: |`)
  console.log(`| through B (${CHANGES} changes) | ${figures(throughB)} |`)
  console.log(`| through Varnish (${CHANGES} changes) | ${figures(throughVarnish)} |`)
  console.log(`| expiry, through B (10) | ${figures(scheduled.expiryB)} |`)
  console.log(`| expiry, through Varnish (10) | ${figures(scheduled.expiryVarnish)} |`)
  console.log(`| scheduled publication, through B (10) | ${figures(scheduled.publicationB)} |`)
  console.log(`| scheduled publication, through Varnish (10) | ${figures(scheduled.publicationVarnish)} |`)
} finally {
  await stopAll(instances)
  await varnish?.close()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined)
  await admin.end()
}
process.exit(0)
