/**
 * npm run bench:api: what `npm start` serves, measured on loopback in one run.
 *
 * The hub runs as `npm start` runs it (the compiled server dist/server/serve.js with
 * --enable-source-maps, the admin built, NODE_ENV=production, a seeded SQLite file), with Varnish in front (deploy/varnish/default.vcl). For each public read
 * the same bytes are asked of:
 *   - a bare node:http server answering exactly those bytes and headers (the ceiling);
 *   - the hub's edge, answering from its memory (a hit);
 *   - Varnish in front of the hub (a hit there);
 * and an editor's uncached read goes to the hub's edge and to Payload's own REST handler
 * without the edge (bench/stockServer.ts) on the same database. Prints requests per second,
 * p50 and p99, the ratios against the targets, and the hub's memory.
 * BENCH_SECONDS (10) and BENCH_CONNECTIONS (20) change the load.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { freePort, startVarnish, varnishMissing } from '../deploy/varnish/startVarnish'
import { bin, buildHub, run } from '../src/cli/buildHub'
import { buildServer, serverDir } from '../src/cli/buildServer'
import { ensureSecret } from '../src/cli/dotenv'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)

const missing = varnishMissing()
if (missing) {
  console.error(`bench:api: ${missing}`)
  process.exit(1)
}

ensureSecret()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'))
const [hubPort, stockPort, ceilingPort, varnishPort] = [await freePort(), await freePort(), await freePort(), await freePort()]
const hubUrl = `http://127.0.0.1:${hubPort}`
const purgeKey = crypto.randomBytes(32).toString('hex')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(work, 'hub.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  JOBS_AUTORUN: 'false',
  SERVER_URL: hubUrl,
  PORT: String(hubPort),
  TRUSTED_PROXIES: '127.0.0.1',
  CACHE_PURGE_URL: `http://127.0.0.1:${varnishPort}/`,
  CACHE_PURGE_KEY: purgeKey,
  DEMO_PASSWORD: 'relais-bench-demo',
  // Throughput, not the limiter's refusals: every request of a run comes from one address.
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
  RATE_LIMIT_PARTNER_PER_MINUTE: '1000000000',
}

const children: ChildProcess[] = []
const stopAll = () => {
  for (const child of children) child.kill('SIGTERM')
}
process.on('exit', stopAll)

/** Starts a script under Node (again when Node 20's loader drops it, exit 13) and waits for `ready`. */
async function startScript(script: string, scriptEnv: NodeJS.ProcessEnv, ready: string, nodeArgs = ['--import', 'tsx']): Promise<ChildProcess> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const child = spawn(process.execPath, [...nodeArgs, script], { env: scriptEnv, stdio: ['ignore', 'pipe', 'inherit'] })
    const outcome = await new Promise<'ready' | number>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(ready)) resolve('ready')
      })
      child.once('exit', (code) => resolve(code ?? 1))
    })
    if (outcome === 'ready') {
      children.push(child)
      return child
    }
    if (outcome !== 13) throw new Error(`${script} exited with ${outcome}`)
  }
  throw new Error(`${script} kept stopping while loading modules (exit 13)`)
}

const rssMb = (pid: number | undefined): number => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

/** The bytes and headers as the hub sends them (fetch would decompress them). */
const rawGet = (url: string, headers: Record<string, string>) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })

type Figures = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number }

async function load(name: string, url: string, headers: Record<string, string>, pid?: number): Promise<Figures & { peakRssMb: number }> {
  let peak = rssMb(pid)
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200)
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS })
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

console.log('Preparing: build, fresh SQLite database, seed…')
buildHub(env)
// Seeded before Varnish runs: nothing to purge yet.
run(bin('tsx'), ['src/cli/runScript.ts', 'src/cli/seed.ts'], { ...env, CACHE_PURGE_URL: '' })
await buildServer()
const hub = await startScript(path.join(serverDir, 'serve.js'), env, 'Relais is serving', ['--enable-source-maps'])
const stock = await startScript('bench/stockServer.ts', { ...env, PORT: String(stockPort) }, `ready ${stockPort}`)
const varnish = await startVarnish(varnishPort, hubPort, purgeKey)
const answerFile = path.join(work, 'answer.json')
fs.writeFileSync(answerFile, JSON.stringify({ headers: {}, body: '' }))
const ceiling = await startScript(
  'bench/ceilingServer.ts',
  { ...process.env, PORT: String(ceilingPort), BENCH_ANSWER: answerFile },
  `ready ${ceilingPort}`,
)

const login = (await (
  await fetch(`${hubUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editeur@relais.example', password: 'relais-bench-demo' }),
  })
).json()) as { token: string }
const query =
  'query LocalNews($commune: String!) { NewsVisibleIn(commune: $commune, limit: 10) { totalDocs docs { id title summary publishedAt category } } }'
const hash = crypto.createHash('sha256').update(query).digest('hex')
const variables = { commune: '35238' }
await fetch(`${hubUrl}/api/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
})
const persisted = `/api/graphql?${new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) })}`

const gzip = { 'accept-encoding': 'gzip' }
const reads = [
  { name: 'widget data, news of a commune', path: '/embed/v1/data/news?commune=35238' },
  { name: 'REST list, 10 news at depth 1', path: '/api/news?limit=10&depth=1' },
  { name: 'news feed of a department (RSS)', path: '/feeds/news.rss?department=35' },
  { name: 'GraphQL persisted query by GET', path: persisted },
]

const idleRss = rssMb(hub.pid)
const rows: { read: string; ceiling: Figures; edge: Figures; varnish: Figures }[] = []
for (const read of reads) {
  const sample = await rawGet(`${hubUrl}${read.path}`, gzip)
  if (sample.status !== 200) throw new Error(`${read.path}: HTTP ${sample.status}`)
  const headers = Object.fromEntries(Object.entries(sample.headers).filter(([key]) => !['date', 'connection', 'keep-alive'].includes(key))) as Record<
    string,
    string
  >
  fs.writeFileSync(answerFile, JSON.stringify({ headers, body: sample.body.toString('base64') }))
  const reloaded = new Promise<void>((resolve) => ceiling.stdout?.once('data', () => resolve()))
  ceiling.kill('SIGHUP')
  await reloaded
  await rawGet(`${varnish.url}${read.path}`, gzip)
  rows.push({
    read: read.name,
    ceiling: await load('ceiling', `http://127.0.0.1:${ceilingPort}${read.path}`, gzip),
    edge: await load('edge hit', `${hubUrl}${read.path}`, gzip, hub.pid),
    varnish: await load('Varnish hit', `${varnish.url}${read.path}`, gzip),
  })
}
const editor = { ...gzip, authorization: `JWT ${login.token}` }
const uncached = {
  edge: await load('edge, editor (uncached)', `${hubUrl}/api/news?limit=10&depth=1`, editor, hub.pid),
  stock: await load('Payload REST without the edge', `http://127.0.0.1:${stockPort}/api/news?limit=10&depth=1`, editor, stock.pid),
}
const peakRss = rssMb(hub.pid)
await varnish.close()
stopAll()
fs.rmSync(work, { recursive: true, force: true })

const cell = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(7)} req/s  p50 ${String(f.p50).padStart(3)} ms  p99 ${String(f.p99).padStart(4)} ms${f.errors || f.non2xx ? ` (errors ${f.errors}, non-2xx ${f.non2xx})` : ''}`
const pct = (a: Figures, b: Figures) => `${((a.rps / b.rps) * 100).toFixed(0)} %`
console.log(
  `\nRelais public reads on loopback: ${CONNECTIONS} connections, ${SECONDS} s per run, gzip, Node ${process.version}, ${os.cpus().length} cores\n`,
)
for (const row of rows) {
  console.log(row.read)
  console.log(`  ceiling (bare node:http, same bytes)  ${cell(row.ceiling)}`)
  console.log(`  edge hit                              ${cell(row.edge)}   ${pct(row.edge, row.ceiling)} of the ceiling (target ≥ 40 %)`)
  console.log(`  through Varnish                       ${cell(row.varnish)}   ${pct(row.varnish, row.ceiling)} of the ceiling (target ≥ 80 %)`)
}
console.log('an editor’s read of 10 news at depth 1 (never cached)')
console.log(`  through the edge                      ${cell(uncached.edge)}`)
console.log(
  `  Payload's REST without the edge       ${cell(uncached.stock)}   edge / Payload: ${pct(uncached.edge, uncached.stock)} (target ≥ 100 %, within noise)`,
)
console.log(
  `\nhub memory: ${idleRss.toFixed(0)} MB resident after start, ${peakRss.toFixed(0)} MB after the runs, ${Math.max(...rows.map((r) => (r.edge as Figures & { peakRssMb: number }).peakRssMb)).toFixed(0)} MB at peak`,
)
process.exit(0)
