/**
 * Throughput of the partner API on loopback, in one run (npm run bench:api):
 *   1. a persisted query by GET (cached) vs the same query as Payload's plain POST;
 *   2. a public read endpoint served through the public-read gate and its cache (the news feed
 *      of a department, and the same REST read) vs the equivalent stock Payload REST call;
 * with requests per second, p50 and p99 latency, the ratios, and the hub's memory under load.
 * The hub runs in its own process (bench/hubServer.ts), autocannon in this one.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'

import autocannon from 'autocannon'
import { stringify } from 'qs-esm'

import { newsVisibleIn } from '../src/lib/territoryQueries'

const PORT = Number(process.env.BENCH_PORT ?? 3210)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const base = `http://127.0.0.1:${PORT}`

const hub = spawn(process.execPath, ['--import', 'tsx', 'bench/hubServer.ts'], {
  env: { ...process.env, PORT: String(PORT) },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise<void>((resolve, reject) => {
  hub.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes(`ready ${PORT}`)) resolve()
  })
  hub.once('exit', (code) => reject(new Error(`hub exited with ${code}`)))
})

const rssMb = (): number => {
  const status = fs.readFileSync(`/proc/${hub.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

type Figures = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; peakRssMb: number }

async function load(name: string, options: { path: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }): Promise<Figures> {
  let peak = rssMb()
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100)
  const result = await autocannon({
    url: `${base}${options.path}`,
    method: options.method ?? 'GET',
    body: options.body,
    headers: options.headers,
    connections: CONNECTIONS,
    duration: SECONDS,
  })
  clearInterval(sampler)
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakRssMb: peak,
  }
}

const query = `query LocalNews($commune: String!) {
  NewsVisibleIn(commune: $commune, limit: 10) { totalDocs docs { id title summary publishedAt category } }
}`
const variables = { commune: '35238' }
const hash = crypto.createHash('sha256').update(query).digest('hex')
const registration = await fetch(`${base}/api/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
})
const registered = (await registration.json()) as { data?: { NewsVisibleIn: { totalDocs: number } } }
if (!registered.data) throw new Error(`registration failed: ${JSON.stringify(registered)}`)

const persistedPath = `/api/graphql?${new URLSearchParams({
  variables: JSON.stringify(variables),
  extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
})}`
// What the department's feed reads, asked of Payload's REST API the way a partner would.
const newsWhere = stringify({ where: newsVisibleIn({ department: '35' }), depth: 1, limit: 30, sort: '-publishedAt' }, { addQueryPrefix: false })

const idleRss = rssMb()
const figures = {
  persistedGet: await load('persisted query, GET (cached)', { path: persistedPath }),
  plainPost: await load('same query, stock Payload POST', {
    path: '/stock/graphql',
    method: 'POST',
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json' },
  }),
  feed: await load('news feed of a department (/feeds/news.json?department=35)', { path: '/feeds/news.json?department=35' }),
  cachedRest: await load('news of department 35 by REST through the gate (cached)', { path: `/api/news?${newsWhere}` }),
  stockRest: await load('same read, stock Payload REST', { path: `/stock/api/news?${newsWhere}` }),
}
hub.kill('SIGTERM')

const row = (f: Figures) =>
  `${f.name.padEnd(62)} ${f.rps.toFixed(0).padStart(8)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(5)} ms   peak RSS ${f.peakRssMb.toFixed(0)} MB${f.errors || f.non2xx ? `   (errors ${f.errors}, non-2xx ${f.non2xx})` : ''}`
const ratio = (a: Figures, b: Figures) => `${(a.rps / b.rps).toFixed(1)}×`

console.log(`\nRelais partner API on loopback: ${CONNECTIONS} connections, ${SECONDS} s per run, Node ${process.version}`)
console.log(`hub RSS idle after seeding: ${idleRss.toFixed(0)} MB\n`)
for (const f of Object.values(figures)) console.log(row(f))
console.log('\nratios (requests per second):')
console.log(`  persisted GET (cached) / plain POST:          ${ratio(figures.persistedGet, figures.plainPost)}   (target ≥ 20×)`)
console.log(`  feed (cached) / equivalent stock REST:        ${ratio(figures.feed, figures.stockRest)}   (target ≥ 20×)`)
console.log(`  REST through the gate (cached) / stock REST:  ${ratio(figures.cachedRest, figures.stockRest)}   (target ≥ 20×)`)
console.log(`peak hub RSS under load: ${Math.max(...Object.values(figures).map((f) => f.peakRssMb)).toFixed(0)} MB`)
