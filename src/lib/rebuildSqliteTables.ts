import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']
type Table = { name: string; sql: string }

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`
const copyOf = (name: string) => `__relais_copy_${name}`

/**
 * Rebuilds SQLite tables (a table's definition cannot be altered in place), keeping every row.
 * `rewrite` gives each table's new CREATE statement from its current one (unchanged: not
 * rebuilt). Written by hand because the statements drizzle generates for it lose data here:
 * libsql enforces foreign keys, and drizzle turns them back on after the first table it
 * rebuilds, so each later `DROP TABLE` of a parent deleted or emptied every row pointing at it
 * (titles, relations, versions: 1,391 of the 1,622 rows of the demo content).
 *
 * Here, in one transaction (where `PRAGMA foreign_keys=OFF` would do nothing), every table
 * pointing at a rebuilt one is rebuilt with it; rows are copied aside into tables without
 * constraints, the tables dropped children first, created anew and refilled from the copies
 * (the columns both have), and foreign keys checked once, at commit.
 */
export async function rebuildSqliteTables(db: Db, rewrite: (table: string, createSql: string) => string): Promise<void> {
  // Payload's SQLite adapter runs a migration's statements one by one: this one is all or nothing.
  await db.transaction(async (tx) => rebuild(tx as unknown as Db, rewrite))
}

async function rebuild(db: Db, rewrite: (table: string, createSql: string) => string): Promise<void> {
  await db.run(sql`PRAGMA defer_foreign_keys = ON`)
  const tables = await db.all<Table>(sql`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'`)
  const parentsOf = new Map<string, Set<string>>()
  for (const { name } of tables) {
    const keys = await db.all<{ table: string }>(sql.raw(`PRAGMA foreign_key_list(${quoted(name)})`))
    parentsOf.set(name, new Set(keys.map((key) => key.table).filter((parent) => parent !== name)))
  }
  const rebuilt = new Map<string, string>()
  for (const { name, sql: create } of tables) if (rewrite(name, create) !== create) rebuilt.set(name, rewrite(name, create))
  for (let grew = true; grew;) {
    grew = false
    for (const { name, sql: create } of tables) {
      if (rebuilt.has(name) || ![...(parentsOf.get(name) ?? [])].some((parent) => rebuilt.has(parent))) continue
      rebuilt.set(name, create)
      grew = true
    }
  }
  if (rebuilt.size === 0) return
  const names = [...rebuilt.keys()]
  // Dropping a table drops its indexes: they are made again once its rows are back.
  const indexes = await db.all<Table & { table: string }>(
    sql`SELECT name, tbl_name AS "table", sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`,
  )
  const ownIndexes = indexes.filter((index) => rebuilt.has(index.table))

  for (const name of names) await db.run(sql.raw(`CREATE TABLE ${quoted(copyOf(name))} AS SELECT * FROM ${quoted(name)}`))
  // Children first: a parent dropped before them would take their rows with it.
  const remaining = new Set(names)
  while (remaining.size) {
    const leaves = [...remaining].filter((name) => ![...remaining].some((other) => other !== name && parentsOf.get(other)?.has(name)))
    for (const name of leaves.length ? leaves : [...remaining]) {
      await db.run(sql.raw(`DROP TABLE ${quoted(name)}`))
      remaining.delete(name)
    }
  }
  for (const name of names) await db.run(sql.raw(rebuilt.get(name) as string))
  for (const name of names) {
    const copied = new Set((await db.all<{ name: string }>(sql.raw(`PRAGMA table_info(${quoted(copyOf(name))})`))).map((column) => column.name))
    const columns = (await db.all<{ name: string }>(sql.raw(`PRAGMA table_info(${quoted(name)})`)))
      .map((column) => column.name)
      .filter((column) => copied.has(column))
    const list = columns.map(quoted).join(', ')
    await db.run(sql.raw(`INSERT INTO ${quoted(name)} (${list}) SELECT ${list} FROM ${quoted(copyOf(name))}`))
    await db.run(sql.raw(`DROP TABLE ${quoted(copyOf(name))}`))
  }
  for (const index of ownIndexes) await db.run(sql.raw(index.sql))
}
