/**
 * npx tsx bench/importMemory.ts [ROWS...]   (default 100000 1000000)
 *
 * Peak memory of `npm run import:units` against the size of the file: for each size, writes a
 * gendarmerie export-gn2.csv of that many brigades (streamed to disk), then runs the importer's
 * command on a fresh SQLite database with --dry-run (every row read, checked and looked up,
 * nothing written: a million creations would take hours) and reads its peak resident memory
 * (VmHWM). Set IMPORT_BENCH_WRITE=1 to write the rows too, IMPORT_BENCH_HEAP_MB to cap Node's
 * heap (V8 grows its heap lazily, so the peak also holds garbage not yet collected: a file that
 * goes through a small heap shows what the import really keeps). Prints rows, file size, time
 * and peak memory per size; asserts nothing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'

import { listCommunes } from '../src/lib/territories'
import { gn2Header, gn2Line } from './gn2File'

const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['100000', '1000000']).map(Number)
const write = process.env.IMPORT_BENCH_WRITE === '1'
// A heap too small for the file proves the memory flat: the old importer ran out of it.
const heapFlag = process.env.IMPORT_BENCH_HEAP_MB ? [`--max-old-space-size=${process.env.IMPORT_BENCH_HEAP_MB}`] : []
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-import-'))
const communes = listCommunes().filter((commune) => commune.department.length === 2)

async function writeFile(rows: number): Promise<string> {
  const file = path.join(work, `export-gn2-${rows}.csv`)
  const out = fs.createWriteStream(file)
  out.write(gn2Header.join(';') + '\n')
  for (let i = 0; i < rows; i++) {
    const commune = communes[(i * 7919) % communes.length]
    const line = gn2Line({
      id: String(10_000_000 + i),
      service: `Brigade de proximité de ${commune.name} n° ${i}`,
      voie: `${1 + (i % 200)} rue de la Gendarmerie`,
      code_postal: commune.postcodes[0],
      commune: commune.name,
      departement: commune.department,
      code_commune_insee: commune.code,
      telephone: `+33 1 ${String(i).padStart(8, '0')}`,
      lat: 43 + (i % 700) / 100,
      lng: -1 + (i % 800) / 100,
      hours: {
        lundi: [
          ['08h00', '12h00'],
          ['14h00', '18h00'],
        ],
        mardi: [['08h00', '18h00']],
        samedi: [['09h00', '12h00']],
      },
    })
    if (!out.write(line + '\n')) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return file
}

const peakMb = (pid: number): number => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

/** Runs the importer's command itself (not through runScript, so that its memory is this process's), again on Node's exit 13. */
async function importOnce(file: string, database: string): Promise<{ code: number; peak: number; seconds: number; summary: string }> {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now()
    const child = spawn(process.execPath, [...heapFlag, '--import', 'tsx', 'src/cli/importUnits.ts', file, ...(write ? [] : ['--dry-run'])], {
      env: { ...process.env, DATABASE_URL: `file:${database}`, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-0123456789abcdef' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let peak = 0
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', () => undefined)
    const sampler = setInterval(() => (peak = Math.max(peak, peakMb(child.pid!))), 100)
    const [code] = (await once(child, 'exit')) as [number]
    clearInterval(sampler)
    if (code === 13 && attempt < 5) continue
    const lines = output.split('\n')
    const first = lines.findIndex((line) => /^(Imported|Dry run)/.test(line))
    return { code, peak, seconds: (Date.now() - started) / 1000, summary: first === -1 ? '' : lines[first + 1].trim() }
  }
}

console.log(
  `Importer memory: ${write ? 'writing every row' : '--dry-run (read, check, look up; no write)'}, SQLite, Node ${process.version}${heapFlag.length ? `, ${heapFlag[0]}` : ''}`,
)
for (const rows of sizes) {
  const file = await writeFile(rows)
  const size = fs.statSync(file).size / 1_000_000
  const result = await importOnce(file, path.join(work, `bench-${rows}.db`))
  console.log(
    `  ${String(rows).padStart(9)} rows  ${size.toFixed(0).padStart(5)} MB file  ${result.seconds.toFixed(0).padStart(5)} s  peak RSS ${result.peak.toFixed(0).padStart(5)} MB  exit ${result.code}  ${result.summary}`,
  )
  fs.rmSync(file)
}
fs.rmSync(work, { recursive: true, force: true })
