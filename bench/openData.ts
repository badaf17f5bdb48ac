/**
 * npm run bench:opendata [COUNT]
 * Imports COUNT (10,000) brigades with hours into a fresh SQLite database, serves the hub's edge
 * over HTTP in this process (the same router, cache and headers as `npm start`) and measures the
 * open data files: an uncached build of units.geojson and units.csv (time to the last byte, size,
 * gzip size) with the longest event-loop stall and the worst /healthz answer while it runs;
 * beside it, in the same run, the baseline a one-pass build would cost (the whole GeoJSON
 * serialised at once: the stall every other request waits out); then cached hits per second
 * (autocannon, gzip). Prints figures; asserts nothing.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

import { gn2File, type Gn2Unit, randomBrigades } from './gn2File'

const count = Number(process.argv[2] ?? 10_000)
const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-opendata-'))
const server = http.createServer()
const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
const origin = `http://127.0.0.1:${port}`
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-0123456789abcdef',
  JOBS_AUTORUN: 'false',
  DATABASE_PUSH_SCHEMA: 'false',
  SERVER_URL: origin,
  MEDIA_DIR: path.join(work, 'media'),
})

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { applyMigrations } = await import('../src/lib/migrate')
const { importOfficialFile } = await import('../src/import/importOfficialFile')
const { createHubEdge } = await import('../src/edge/hubEdge')
const { activeUnits, unitRecord } = await import('../plugins/openData/unitRecords')

let seed = 7
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']
const hours: Gn2Unit['hours'] = {
  ...Object.fromEntries(
    weekdays.map((day) => [
      day,
      [
        ['08h00', '12h00'],
        ['14h00', '18h00'],
      ],
    ]),
  ),
  samedi: [['09h00', '12h00']],
}
const units = randomBrigades(count, { random, firstId: 3_000_000, phonePrefix: '+33 2', hours: () => hours })
const file = path.join(work, 'export-gn2.csv')
fs.writeFileSync(file, gn2File(units))

const payload = await getPayload({ config })
await applyMigrations(payload)
const imported = await importOfficialFile(payload, file)
if ('error' in imported) throw new Error(imported.error)
console.log(`\nOpen data benchmark: ${imported.summary.created} units imported (SQLite), the hub's edge on ${origin}`)

const edge = createHubEdge(payload)
server.on('request', (req, res) => void edge.handle(req, res))

const get = (target: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    http
      .get(`${origin}${target}`, { headers }, (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.byteLength))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
      })
      .on('error', reject)
  })

/** One uncached build: its time and size, the event loop's longest stall and the worst /healthz meanwhile. */
async function uncached(target: string) {
  edge.cache.purge(['units'])
  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  let building = true
  let worstHealth = 0
  const probe = (async () => {
    while (building) {
      const start = performance.now()
      await get('/healthz')
      worstHealth = Math.max(worstHealth, performance.now() - start)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  })()
  const start = performance.now()
  const plain = await get(target)
  const elapsed = performance.now() - start
  building = false
  await probe
  loop.disable()
  const gzip = await get(target, { 'accept-encoding': 'gzip' })
  return { elapsed, bytes: plain.bytes, gzip: gzip.bytes, stall: loop.max / 1e6, worstHealth, status: plain.status }
}

const ms = (value: number) => `${value.toFixed(0)} ms`
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`
await get('/opendata/units.csv')
for (const target of ['/opendata/units.geojson', '/opendata/units.csv']) {
  const runs = [await uncached(target), await uncached(target), await uncached(target)].sort((a, b) => a.elapsed - b.elapsed)
  const median = runs[1]
  console.log(
    `  ${target.padEnd(24)} uncached ${ms(median.elapsed)} (median of 3, status ${median.status}), ${mb(median.bytes)} (${mb(median.gzip)} gzip); ` +
      `longest event-loop stall ${ms(median.stall)}, worst /healthz meanwhile ${ms(median.worstHealth)}`,
  )
}

// Baseline in the same run: the same features serialised in one pass, as one blocking call.
const records = (await activeUnits(payload)).map((unit) => unitRecord(origin, unit))
const start = performance.now()
const whole = JSON.stringify({
  type: 'FeatureCollection',
  features: records.map(({ latitude, longitude, ...properties }) => ({
    type: 'Feature',
    id: properties.id,
    geometry: typeof latitude === 'number' && typeof longitude === 'number' ? { type: 'Point', coordinates: [longitude, latitude] } : null,
    properties,
  })),
})
const onePass = performance.now() - start
const gzipStart = performance.now()
zlib.gzipSync(whole)
console.log(
  `  baseline: the GeoJSON in one pass blocks the event loop ${ms(onePass)} (serialising ${mb(whole.length)}), gzip at the default level ${ms(performance.now() - gzipStart)} more`,
)

for (const target of ['/opendata/units.geojson', '/opendata/units.csv']) {
  await get(target, { 'accept-encoding': 'gzip' })
  const result = await autocannon({ url: `${origin}${target}`, connections: 10, duration: seconds, headers: { 'accept-encoding': 'gzip' } })
  console.log(
    `  ${target.padEnd(24)} cached hits (gzip, 10 connections, ${seconds} s): ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
  )
}
console.log(`  hub memory: ${mb(process.memoryUsage().rss)} resident`)

server.close()
await edge.close()
await payload.destroy()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
