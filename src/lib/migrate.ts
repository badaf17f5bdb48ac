import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

/** Brings the schema up to date with the committed migrations (MongoDB needs none). */
export async function applyMigrations(payload: Payload): Promise<void> {
  const byAdapter: Record<string, typeof sqliteMigrations | undefined> = {
    sqlite: sqliteMigrations,
    postgres: postgresMigrations,
  }
  const migrations = byAdapter[payload.db.name]
  if (migrations) await payload.db.migrate({ migrations: migrations as never })
}
