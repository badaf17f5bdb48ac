import type { DatabaseAdapterObj } from 'payload'

type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}
type SqliteAdapter = {
  client?: LibsqlClient
  busyTimeout: number
  wal: false | { synchronous: string }
  connect: (options?: unknown) => Promise<void>
}

/**
 * @libsql/client 0.14 (the one Payload's SQLite adapter pins) hands its connection to each
 * transaction and opens a new one for what follows, without the PRAGMAs Payload set at connect
 * (tursodatabase/libsql-client-ts#288; its `timeout` option came in 0.17, which Payload does not
 * use yet). After the hub's first transaction, a write that met another process's lock (the
 * importer, a seed) failed at once with "database is locked" instead of waiting. The adapter's
 * connection settings are given again to each new connection.
 */
export function withSqliteConnectionSettings(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const instance = init(args) as unknown as SqliteAdapter
      const connect = instance.connect
      instance.connect = async function (this: SqliteAdapter, options?: unknown) {
        const patched = this.client
        await connect.call(this, options)
        const client = this.client
        if (!client || client === patched) return
        const settings = [
          ...(this.busyTimeout > 0 ? [`PRAGMA busy_timeout = ${this.busyTimeout}`] : []),
          ...(this.wal ? [`PRAGMA synchronous = ${this.wal.synchronous}`] : []),
        ]
        const transaction = client.transaction.bind(client)
        client.transaction = async (mode) => {
          const started = await transaction(mode)
          for (const setting of settings) await client.execute(setting)
          return started
        }
      }
      return instance as unknown as ReturnType<typeof init>
    },
  }
}
