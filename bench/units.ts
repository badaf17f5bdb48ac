/**
 * npx tsx bench/units.ts [COUNT]
 * Generates a national export-gn2.csv of COUNT (5,000) brigades, imports it into a fresh SQLite
 * database, imports it again, then times unitsNear / unitsForCommune against the naive way
 * (every unit through the Local API, sorted by distance). Prints figures; asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { distance } from 'geokdbush'

import { gn2File, type Gn2Unit, randomBrigades } from './gn2File'

const count = Number(process.argv[2] ?? 5000)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-units-'))
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-0123456789abcdef',
  JOBS_AUTORUN: 'false',
  DATABASE_PUSH_SCHEMA: 'false',
})

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { applyMigrations } = await import('../src/lib/migrate')
const { importOfficialFile } = await import('../src/import/importOfficialFile')
const { unitsForCommune, unitsNear } = await import('../src/lib/unitSearch')

// A fixed pseudo-random sequence (mulberry32), so every run measures the same file.
let seed = 42
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]

const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']
const schedules: Gn2Unit['hours'][] = [
  Object.fromEntries(
    weekdays.map((d) => [
      d,
      [
        ['08h00', '12h00'],
        ['14h00', '18h00'],
      ],
    ]),
  ),
  { ...Object.fromEntries(weekdays.map((d) => [d, [['08h00', '18h00']]])), samedi: [['09h00', '12h00']], jours_feries: [['09h00', '12h00']] },
  Object.fromEntries([...weekdays, 'samedi', 'dimanche'].map((d) => [d, [['00h00', '24h00']]])),
  undefined,
]
const units = randomBrigades(count, { random, firstId: 2_000_000, phonePrefix: '+33 1', hours: () => pick(schedules) })
const file = path.join(work, 'export-gn2.csv')
fs.writeFileSync(file, gn2File(units))

const payload = await getPayload({ config })
await applyMigrations(payload)

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const result = await run()
  return [result, performance.now() - start]
}
const summaryOf = async () => {
  const outcome = await importOfficialFile(payload, file)
  if ('error' in outcome) throw new Error(outcome.error)
  return outcome.summary
}

const [first, firstMs] = await timed(summaryOf)
const [second, secondMs] = await timed(summaryOf)

const percentile = (samples: number[], p: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]
async function latencies(runs: number, query: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) samples.push((await timed(query))[1])
  return samples
}
const point = () => ({ lat: 42.5 + random() * 8.3, lng: -4.5 + random() * 12.3 })
const communesInFile = units.map((u) => u.code_commune_insee)

await unitsNear(payload, { ...point(), limit: 10 })
const near = await latencies(300, () => unitsNear(payload, { ...point(), limit: 10 }))
const commune = await latencies(300, () => unitsForCommune(payload, { insee: pick(communesInFile), limit: 10 }))

// The way without the index: every active unit through the Local API, sorted by distance.
const naive = await latencies(15, async () => {
  const { lat, lng } = point()
  const { docs } = await payload.find({ collection: 'units', where: { status: { equals: 'active' } }, pagination: false, depth: 0 })
  return docs
    .filter((u) => u.location?.latitude != null && u.location?.longitude != null)
    .map((u) => ({ u, km: distance(lng, lat, u.location!.longitude!, u.location!.latitude!) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, 10)
})

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const writes = (s: typeof first) => s.created + s.updated + s.closed
console.log(`\nUnits benchmark: ${count} brigades in export-gn2 format, SQLite (${process.env.DATABASE_URL})`)
console.log(`  first import   ${(firstMs / 1000).toFixed(1)} s  (target < 60 s)  created ${first.created}, rejected ${first.rejected.length}`)
console.log(`  re-import      ${(secondMs / 1000).toFixed(1)} s  (target < 15 s)  writes ${writes(second)} (target 0), unchanged ${second.unchanged}`)
console.log(`  unitsNear        p50 ${ms(percentile(near, 50))}  p95 ${ms(percentile(near, 95))}  (300 queries, limit 10)`)
console.log(`  unitsForCommune  p50 ${ms(percentile(commune, 50))}  p95 ${ms(percentile(commune, 95))}  (300 queries, limit 10)`)
console.log(`  naive (Local API, all units, sort)  p50 ${ms(percentile(naive, 50))}  (15 queries)`)
console.log(`  ratio naive / unitsNear p50: ${(percentile(naive, 50) / percentile(near, 50)).toFixed(0)}x  (target 50x; p50 target < 5 ms)`)

await payload.destroy()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
