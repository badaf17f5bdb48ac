import { sql } from '@payloadcms/db-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { postgresAdminUrl, testDatabaseKind } from './helpers/database'
import { type Hub, startHub } from './helpers/hub'

/**
 * A save whose COMMIT fails (the connection cut by a PostgreSQL restart) must fail, never be
 * acknowledged: src/lib/durableCommit.ts. PostgreSQL only: Payload runs SQLite without transactions.
 */
const postgres = testDatabaseKind() === 'postgres'
let hub: Hub

beforeAll(async () => {
  if (postgres) hub = await startHub()
})
afterAll(async () => {
  await hub?.close()
})

type Transaction = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: { pid: number }[] }> }

describe.runIf(postgres)('a transaction whose COMMIT fails', () => {
  it('fails the save instead of acknowledging it', async () => {
    const transactionID = (await hub.payload.db.beginTransaction()) as string
    const req = { transactionID }
    const created = await hub.payload.create({
      collection: 'news',
      data: { title: 'Jamais validée', summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'published' } as News,
      req,
    })
    const session = (hub.payload.db as unknown as { sessions: Record<string, { db: Transaction }> }).sessions[transactionID]
    const { rows } = await session.db.execute(sql`SELECT pg_backend_pid() AS pid`)
    // What a restart does to the connection between the last statement and the COMMIT.
    const admin = new pg.Client({ connectionString: postgresAdminUrl() })
    await admin.connect()
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid])
    await admin.end()
    await expect(hub.payload.db.commitTransaction(transactionID)).rejects.toThrow()
    expect((await hub.payload.count({ collection: 'news', where: { id: { equals: created.id } } })).totalDocs).toBe(0)
  })

  it('still commits and rolls back as before', async () => {
    const kept = (await hub.payload.db.beginTransaction()) as string
    const doc = await hub.payload.create({
      collection: 'news',
      data: { title: 'Validée', summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'published' } as News,
      req: { transactionID: kept },
    })
    await hub.payload.db.commitTransaction(kept)
    expect((await hub.payload.count({ collection: 'news', where: { id: { equals: doc.id } } })).totalDocs).toBe(1)
    const dropped = (await hub.payload.db.beginTransaction()) as string
    const gone = await hub.payload.create({
      collection: 'news',
      data: { title: 'Annulée', summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'published' } as News,
      req: { transactionID: dropped },
    })
    await hub.payload.db.rollbackTransaction(dropped)
    expect((await hub.payload.count({ collection: 'news', where: { id: { equals: gone.id } } })).totalDocs).toBe(0)
  })
})

describe.skipIf(postgres)('a transaction whose COMMIT fails', () => {
  it('is a PostgreSQL matter: Payload runs SQLite without transactions (this is the SQLite run)', () => {
    expect(testDatabaseKind()).not.toBe('postgres')
  })
})
