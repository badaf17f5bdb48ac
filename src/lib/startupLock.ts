import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import lockfile from 'proper-lockfile'

import type { DatabaseTarget } from './databaseUrl'

/** Any fixed 64-bit number, the same for every instance of the hub on a database. */
const advisoryKey = '7286345911830917741'
const waitNotice = 'Another instance is migrating or seeding this database; waiting for it…'

/** PostgreSQL's "database already exists" and the unique violation two concurrent CREATE DATABASE can raise instead. */
const alreadyCreated = new Set(['42P04', '23505'])

/**
 * Payload creates a missing database itself, but two instances starting together would both try
 * and one would die on it: the first CREATE wins, the other finds it made.
 */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const probe = new pg.Client({ connectionString: url })
  try {
    await probe.connect()
    return
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error
  } finally {
    await probe.end().catch(() => undefined)
  }
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  target.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: target.toString() })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`)
  } catch (error) {
    if (!alreadyCreated.has((error as { code?: string }).code ?? '')) throw error
  } finally {
    await admin.end().catch(() => undefined)
  }
}

async function withAdvisoryLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  await ensurePostgresDatabase(url)
  const client = new pg.Client({ connectionString: url })
  // The lock lives as long as this connection: an instance that dies mid-migration releases it.
  client.on('error', () => undefined)
  await client.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [advisoryKey])
    if (!rows[0]?.locked) {
      console.log(waitNotice)
      await client.query('SELECT pg_advisory_lock($1)', [advisoryKey])
    }
    return await work()
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [advisoryKey]).catch(() => undefined)
    await client.end().catch(() => undefined)
  }
}

async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const lockfilePath = `${file}.start-lock`
  const options = { realpath: false, lockfilePath, stale: 30_000, update: 5_000 }
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(file, { ...options, retries: 0 })
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error
    console.log(waitNotice)
    // Ten minutes at most; a lock its holder stopped refreshing for 30 s (the holder died) is taken over.
    release = await lockfile.lock(file, { ...options, retries: { retries: 600, factor: 1, minTimeout: 1000, maxTimeout: 1000 } })
  }
  try {
    return await work()
  } finally {
    await release().catch(() => undefined)
  }
}

/**
 * Runs the start-up's schema work (migrations, the seed of an empty database) in one instance at
 * a time: instances started together wait for the first, then find the work done. PostgreSQL:
 * an advisory lock; SQLite: a lock file beside the database file; MongoDB needs no migration,
 * and its seed is not locked (start the first instance alone).
 */
export async function withStartupLock<T>(target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (target.kind === 'postgres') return withAdvisoryLock(target.url, work)
  if (target.kind === 'sqlite') return withFileLock(target.file, work)
  return work()
}
