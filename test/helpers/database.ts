import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type TestDatabase = { kind: TestDatabaseKind; url: string; drop: () => Promise<void> }

/** Databases of one `npm test` run share a prefix, so its teardown drops them and no other run's. */
export const testDatabasePrefix = (): string => `relais_test_${process.env.RELAIS_TEST_RUN ?? 'adhoc'}_`

export async function dropPostgresTestDatabases(prefix: string): Promise<number> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    return rows.length
  } finally {
    await client.end()
  }
}

export const postgresAdminUrl = (): string => process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DATABASE || 'sqlite'
  if (kind !== 'sqlite' && kind !== 'postgres' && kind !== 'mongodb') {
    throw new Error(`TEST_DATABASE must be sqlite, postgres or mongodb, got "${kind}"`)
  }
  return kind
}

/** A fresh, empty database for one test file, dropped afterwards. */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  const name = `${testDatabasePrefix()}${crypto.randomBytes(6).toString('hex')}`
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `${name}.db`)
    return {
      kind,
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
      },
    }
  }
  if (kind === 'postgres') {
    const admin = postgresAdminUrl()
    const client = new pg.Client({ connectionString: admin })
    try {
      await client.connect()
    } catch (error) {
      throw new Error(
        `PostgreSQL is not reachable at ${admin} (${(error as Error).message}). ` +
          'Start it (pg_ctlcluster 15 main start) or set TEST_POSTGRES_URL.',
      )
    }
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    const url = new URL(admin)
    url.pathname = `/${name}`
    // Payload keeps one connection checked out for the life of the process, so the database
    // is dropped by the global teardown, once the test workers have exited.
    return { kind, url: url.toString(), drop: async () => {} }
  }
  const base = process.env.MONGODB_URL
  if (!base) throw new Error('MONGODB_URL must be set to run the suite on MongoDB')
  const url = new URL(base)
  url.pathname = `/${name}`
  // Dropped through Payload's own connection in the hub helper, which has it open.
  return { kind, url: url.toString(), drop: async () => {} }
}
