import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { rebuildSqliteTables } from '../../lib/rebuildSqliteTables'

// SQLite gives a deleted last row's id to the next row unless the table says AUTOINCREMENT:
// old links and partners' caches would point at another document.
const plainId = /(`id` integer PRIMARY KEY)( NOT NULL)/
const autoIncrementId = /(`id` integer PRIMARY KEY) AUTOINCREMENT( NOT NULL)/

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rebuildSqliteTables(db, (_table, create) => create.replace(plainId, '$1 AUTOINCREMENT$2'))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rebuildSqliteTables(db, (_table, create) => create.replace(autoIncrementId, '$1$2'))
}
