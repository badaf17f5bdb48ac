import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { postgresChildTableIndexes, sqliteChildTableIndexes } from './childTableIndexes'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import type { DatabaseTarget } from './databaseUrl'
import { withDurableCommits } from './durableCommit'
import { hubPg } from './hubPg'
import { withSqliteConnectionSettings } from './sqliteConnectionSettings'
import { withSqliteStatistics } from './sqliteStatistics'

const migrationsRoot = path.resolve('src/migrations')

/**
 * The schema comes from the committed migrations everywhere; only the test suite, on its
 * throw-away databases, lets Payload push the schema straight from the collections.
 */
export function databaseAdapter(target: DatabaseTarget, pushSchema = false): DatabaseAdapterObj {
  switch (target.kind) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(target.file), { recursive: true })
      return withSqliteStatistics(
        withSqliteConnectionSettings(
          sqliteAdapter({
            client: { url: target.url },
            // SQLite reuses the id of a deleted last row without AUTOINCREMENT: old links and
            // partners' caches would then point at another document.
            autoIncrement: true,
            afterSchemaInit: [sqliteChildTableIndexes as never],
            // A command beside the running hub (the importer, a seed) writes to the same file: in WAL
            // mode readers never wait for a writer, and a writer waits up to 5 s for the other's
            // lock instead of failing at once with "database is locked".
            wal: true,
            busyTimeout: 5000,
            push: pushSchema,
            migrationDir: path.join(migrationsRoot, 'sqlite'),
            prodMigrations: sqliteMigrations,
          }),
        ),
      )
    case 'postgres':
      return withDurableCommits(
        postgresAdapter({
          // The adapter's own copy of @types/pg names the same module differently.
          pg: hubPg as unknown as NonNullable<Parameters<typeof postgresAdapter>[0]['pg']>,
          pool: { connectionString: target.url },
          afterSchemaInit: [postgresChildTableIndexes as never],
          push: pushSchema,
          migrationDir: path.join(migrationsRoot, 'postgres'),
          prodMigrations: postgresMigrations,
        }),
      )
    case 'mongodb':
      // MongoDB needs no migrations: Payload creates collections and indexes as it goes.
      return mongooseAdapter({ url: target.url })
  }
}
