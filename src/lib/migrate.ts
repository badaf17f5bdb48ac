import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

type Migrations = Parameters<NonNullable<Payload['db']['migrate']>>[0]

/** Brings the schema up to date with the committed migrations (MongoDB needs none). */
export async function applyMigrations(payload: Payload): Promise<void> {
  const byAdapter: Record<string, unknown[]> = { sqlite: sqliteMigrations, postgres: postgresMigrations }
  const migrations = byAdapter[payload.db.name]
  if (migrations) await payload.db.migrate({ migrations } as Migrations)
}
