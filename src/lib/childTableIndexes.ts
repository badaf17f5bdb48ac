import { getTableName, type Table } from 'drizzle-orm'
import { index as pgIndex } from 'drizzle-orm/pg-core'
import { index as sqliteIndex } from 'drizzle-orm/sqlite-core'

type IndexBuilder = typeof sqliteIndex | typeof pgIndex
type Columns = Record<string, unknown>
type ExtendTable = (args: { table: never; extraConfig: (table: Columns) => Record<string, unknown> }) => void
type SchemaHookArgs = { schema: { tables: Record<string, unknown> }; extendTable: ExtendTable }

/*
 * Payload's SQL adapters keep a document's localized fields in `<table>_locales` and its
 * hasMany text and number fields in `<table>_texts` / `<table>_numbers`, and read them back
 * with a subquery per document on the parent's id. Those tables are indexed on
 * (`_locale`, `_parent_id`) and (`order`, `parent_id`) only, neither of which a lookup by parent
 * can use: every document read scanned the whole child table (a list of 10 units took 0.2 s
 * with 5,000 units, 3.5 s with 10,000; a list of news 14 s with 100,000). Collections cannot
 * declare indexes on these tables, so the adapter adds them once the schema is built.
 */
function childTableIndexes(build: IndexBuilder) {
  return ({ schema, extendTable }: SchemaHookArgs) => {
    for (const table of Object.values(schema.tables) as (Table & Columns)[]) {
      const name = getTableName(table)
      if ('_parentID' in table && '_locale' in table) {
        extendTable({
          table: table as never,
          extraConfig: (columns) => ({
            relaisParentLocale: build(`${name}_parent_locale_idx`).on(columns._parentID as never, columns._locale as never),
          }),
        })
      } else if ('parent' in table && 'path' in table && ('text' in table || 'number' in table)) {
        const value = 'text' in table ? 'text' : 'number'
        extendTable({
          table: table as never,
          extraConfig: (columns) => ({
            relaisParentOrder: build(`${name}_parent_order_idx`).on(columns.parent as never, columns.order as never),
            // "News of department 35" starts from the rows holding "35".
            relaisValue: build(`${name}_${value}_idx`).on(columns[value] as never, columns.path as never),
          }),
        })
      }
    }
    return schema
  }
}

export const sqliteChildTableIndexes = childTableIndexes(sqliteIndex)
export const postgresChildTableIndexes = childTableIndexes(pgIndex)
