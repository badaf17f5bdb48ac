import type { DatabaseAdapterObj, Payload } from 'payload'

type SqliteAdapter = {
  client?: { execute: (sql: string) => Promise<unknown> }
  connect: (options?: unknown) => Promise<void>
  destroy?: () => Promise<void>
  payload: Payload
}

/** An hour: the importer or a day of editing changes tables by more than the planner notices. */
const refreshEveryMs = 60 * 60 * 1000

/*
 * ANALYZE reads at most this many rows of each index (SQLite's own advice for large tables):
 * 8 ms for the hub's 200 MB file at national volumes.
 */
const analysisLimit = 1000

async function analyze(adapter: SqliteAdapter): Promise<void> {
  if (!adapter.client) return
  await adapter.client.execute(`PRAGMA analysis_limit = ${analysisLimit}`)
  await adapter.client.execute('ANALYZE')
}

/**
 * SQLite's planner knows how selective an index is only from the statistics ANALYZE writes, and
 * nothing writes them unless asked. Without them, "these 900 ids, if shown and departmental"
 * walked the index of 30,000 departmental news rather than the 900 rows by id (24 ms against
 * 3 ms). The hub writes them once connected (after its migrations) and again every hour, on the
 * file itself, so the commands beside it (the importer, a seed) find them too.
 */
export function withSqliteStatistics(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const instance = init(args) as unknown as SqliteAdapter
      const connect = instance.connect
      let timer: NodeJS.Timeout | undefined
      instance.connect = async function (this: SqliteAdapter, options?: unknown) {
        await connect.call(this, options)
        const refresh = () =>
          analyze(this).catch((error: unknown) =>
            this.payload.logger.warn(`SQLite statistics not refreshed (the planner keeps the previous ones): ${String(error)}`),
          )
        await refresh()
        timer ??= setInterval(() => void refresh(), refreshEveryMs).unref()
      }
      const destroy = instance.destroy
      instance.destroy = async function (this: SqliteAdapter) {
        clearInterval(timer)
        timer = undefined
        await destroy?.call(this)
      }
      return instance as unknown as ReturnType<typeof init>
    },
  }
}
