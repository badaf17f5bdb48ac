import { createLocalReq, type Payload } from 'payload'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed/index'
import { migrations as postgresMigrations } from '../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../src/migrations/sqlite'
import { applyMigrations } from '../src/lib/migrate'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
beforeAll(async () => {
  // As in production: no schema push, only the committed migrations.
  hub = await startHub({ pushSchema: false })
})
afterAll(async () => {
  await hub?.close()
})

describe('committed migrations', () => {
  it('build the schema the collections need', async () => {
    await applyMigrations(hub.payload)
    const report = await seed(hub.payload, { demo: true, demoPassword: 'demo-password' })
    expect(report.services.created).toBeGreaterThanOrEqual(14)
    const response = await hub.api.get('/api/news?limit=50')
    expect(response.status).toBe(200)
    expect(response.body.docs.length).toBeGreaterThan(0)
    const sheet = await hub.graphql(`{ Sheets(limit: 1, locale: en) { docs { title relatedServices { name } } } }`)
    expect(sheet.body.errors).toBeUndefined()
    expect(sheet.body.data.Sheets.docs[0].relatedServices.length).toBeGreaterThan(0)
  })

  it('run once: a second start applies nothing', async () => {
    const before = await hub.payload.find({ collection: 'payload-migrations', limit: 100 })
    await applyMigrations(hub.payload)
    const after = await hub.payload.find({ collection: 'payload-migrations', limit: 100 })
    expect(after.docs.map((m) => m.name)).toEqual(before.docs.map((m) => m.name))
    if (hub.database.kind !== 'mongodb') expect(after.docs.length).toBeGreaterThan(0)
  })
})

type Rows = Record<string, unknown>[]
type Drizzle = { all?: (query: unknown) => Promise<Rows>; execute?: (query: unknown) => Promise<{ rows: Rows }> }

/** Every table's row count, and every foreign key's count of values (a cascade empties or nulls them). */
async function census(payload: Payload): Promise<Record<string, number>> {
  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  const rows = async (query: string): Promise<Rows> => (db.all ? db.all(sql.raw(query)) : ((await db.execute?.(sql.raw(query)))?.rows ?? []))
  const sqlite = payload.db.name === 'sqlite'
  const tables = (
    await rows(
      sqlite
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'"
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )
  ).map((row) => String(row.name))
  const counts: Record<string, number> = {}
  for (const table of tables) {
    if (table === 'payload_migrations') continue
    // What changes left for the caches to apply, not content: a downgrade drops it with its table.
    if (table === 'purge_outbox') continue
    counts[table] = Number((await rows(`SELECT count(*) AS n FROM "${table}"`))[0].n)
    const keys = sqlite
      ? (await rows(`PRAGMA foreign_key_list("${table}")`)).map((key) => String(key.from))
      : (
          await rows(
            `SELECT kcu.column_name AS name FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = '${table}'`,
          )
        ).map((key) => String(key.name))
    for (const key of keys) counts[`${table}.${key}`] = Number((await rows(`SELECT count("${key}") AS n FROM "${table}"`))[0].n)
  }
  return counts
}

describe('an upgrade of a hub in service', () => {
  it('keeps every row and every relation through the migrations of this release, down and up again', async () => {
    const list = { sqlite: sqliteMigrations, postgres: postgresMigrations }[hub.database.kind as 'sqlite' | 'postgres']
    if (!list) return
    // applyMigrations and the seed ran above; this release's migrations are undone, then redone.
    const release = list.filter((migration) => migration.name >= '20261206_065326')
    expect(release.length).toBeGreaterThan(0)
    const seeded = await census(hub.payload)
    expect(Object.values(seeded).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(1000)
    const req = await createLocalReq({}, hub.payload)
    const db = (hub.payload.db as unknown as { drizzle: never }).drizzle
    for (const migration of [...release].reverse()) await migration.down({ db, payload: hub.payload, req })
    const downgraded = await census(hub.payload)
    for (const migration of release) await migration.up({ db, payload: hub.payload, req })
    const upgraded = await census(hub.payload)
    const withoutNewColumns = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([key]) => key !== 'media.uploaded_by_id'))
    expect(withoutNewColumns(downgraded)).toEqual(withoutNewColumns(seeded))
    expect(upgraded).toEqual(seeded)

    // And what the release is for: a deleted last id is never given again (SQLite's AUTOINCREMENT).
    const data = { title: 'Dernière', summary: 'Résumé', category: 'alert', scope: { level: 'national' }, _status: 'published' } as never
    const last = await hub.payload.create({ collection: 'news', data })
    await hub.payload.delete({ collection: 'news', id: last.id })
    expect((await hub.payload.create({ collection: 'news', data })).id).not.toBe(last.id)
  })
})
