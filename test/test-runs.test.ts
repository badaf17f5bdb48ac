import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { postgresAdminUrl, testDatabaseKind } from './helpers/database'
import { cleanInterruptedRuns, startRun } from './helpers/testRuns'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-runs-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** A pid that existed and is gone, as the owner of a run killed with its terminal. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout)

describe('an interrupted test run', () => {
  it('is cleaned up by the next one: its processes, its files and its PostgreSQL databases, never a live run’s', async () => {
    const { run, dir } = startRun(root, crypto.randomBytes(4).toString('hex'))
    fs.writeFileSync(path.join(dir, 'owner'), String(deadPid()))
    fs.writeFileSync(path.join(dir, 'relais_test_db.db'), 'SQLite')
    // A hub it started, still running with the run's name in its environment.
    const orphan = spawn('sleep', ['300'], { env: { ...process.env, RELAIS_TEST_RUN: run }, stdio: 'ignore' })
    const exited = new Promise((resolve) => orphan.once('exit', resolve))
    const postgres = testDatabaseKind() === 'postgres'
    const database = `relais_test_${run}_left`
    if (postgres) {
      const client = new pg.Client({ connectionString: postgresAdminUrl() })
      await client.connect()
      await client.query(`CREATE DATABASE ${database}`)
      await client.end()
    }
    // A run still going on beside it.
    const live = startRun(root, crypto.randomBytes(4).toString('hex'))

    const cleaned = await cleanInterruptedRuns(root)

    expect(cleaned).toEqual([{ run, processes: 1, databases: postgres ? 1 : 0 }])
    await exited
    expect(fs.existsSync(dir)).toBe(false)
    expect(fs.existsSync(live.dir)).toBe(true)
    if (postgres) {
      const client = new pg.Client({ connectionString: postgresAdminUrl() })
      await client.connect()
      const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
      await client.end()
      expect(rows).toEqual([])
    }
  })
})
