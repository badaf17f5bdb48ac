import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { gn2File, type Gn2Unit } from '../bench/gn2File'
import { applyMigrations } from '../src/lib/migrate'
import { listCommunes } from '../src/lib/territories'
import { testDatabaseKind } from './helpers/database'
import { type Hub, startHub } from './helpers/hub'

/*
 * One writer at a time is SQLite's rule (PostgreSQL has row locks): the importer run as a command
 * beside a hub that holds the same file open and writes to it must wait for the hub's locks,
 * never reject rows as "database is locked".
 */
const sqlite = testDatabaseKind() === 'sqlite'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-beside-'))
let hub: Hub

beforeAll(async () => {
  if (!sqlite) return
  hub = await startHub({ pushSchema: false })
  await applyMigrations(hub.payload)
})
afterAll(async () => {
  await hub?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.runIf(sqlite)('npm run import:units beside a running SQLite hub', () => {
  it('waits for the hub’s writes and imports every row', async () => {
    const communes = listCommunes().filter((commune) => commune.department === '35')
    const units: Gn2Unit[] = Array.from({ length: 40 }, (_, i) => {
      const commune = communes[i % communes.length]
      return {
        id: String(3_000_000 + i),
        service: `Brigade de ${commune.name} n° ${i}`,
        code_postal: commune.postcodes[0],
        commune: commune.name,
        departement: '35',
        code_commune_insee: commune.code,
        lat: 48 + (i % 100) / 100,
        lng: -1.7 + (i % 50) / 100,
        hours: { lundi: [['08h00', '12h00']] },
      }
    })
    const file = path.join(dir, 'export-gn2.csv')
    fs.writeFileSync(file, gn2File(units))

    // The hub writes all along, each time holding SQLite's write lock for 200 ms.
    const client = (hub.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    let writing = true
    let holds = 0
    const writer = (async () => {
      while (writing) {
        await client.execute('BEGIN IMMEDIATE')
        await client.execute(`UPDATE payload_migrations SET updated_at = '${new Date().toISOString()}'`)
        await sleep(200)
        await client.execute('COMMIT')
        holds++
        await sleep(100)
      }
    })()

    const run = await promisify(execFile)('node', ['--import', 'tsx', 'src/cli/runScript.ts', 'src/cli/importUnits.ts', file], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, DATABASE_URL: hub.database.url },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    )
    writing = false
    await writer

    expect(run.stderr + run.stdout).not.toContain('locked')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('created 40, updated 0, unchanged 0, closed 0, rejected 0')
    expect(holds).toBeGreaterThan(5)
    expect((await hub.payload.count({ collection: 'units' })).totalDocs).toBe(40)
  }, 300_000)
})
