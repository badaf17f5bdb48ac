import pg from 'pg'

type PgModule = typeof pg

const quietMs = 10_000
let lastWarning = 0

/** One line per outage rather than one per connection: ten pooled connections break at once. */
function warnLost(error: Error & { code?: string }): void {
  const now = Date.now()
  if (now - lastWarning < quietMs) return
  lastWarning = now
  const code = error.code ? ` ${error.code}` : ''
  console.warn(`PostgreSQL connection lost (${error.message.split('\n')[0]}${code}); queries fail until it answers again, then the pool reconnects`)
}

/*
 * Each session is set for a web server's short queries. A parallel plan looked cheaper for "the
 * ten newest news of a department" (walk the publication index, probe each item) and took 0.5 s,
 * where the serial one starts from the index on departments (20 ms); on two cores the workers
 * also take the cores other requests need. JIT compilation added 35 ms to a 50 ms query. Set per
 * session rather than in the connection's startup options, which PgBouncer refuses by default.
 */
const sessionSettings = 'SET max_parallel_workers_per_gather = 0; SET jit = off'

/**
 * The pool the hub's PostgreSQL adapter uses. Its connections report their loss as a warning:
 * node-postgres emits `error` on an idle pooled connection (through the pool) and on a
 * checked-out connection between queries (on the client, whose pool listener is removed while it
 * is lent); with no listener, a PostgreSQL restart becomes an uncaught exception. Queries in
 * flight still fail with their own error, which Payload reports; the pool opens new connections
 * once the server is back, each set as above before its first query.
 */
class HubPool extends pg.Pool {
  constructor(options?: pg.PoolConfig) {
    super({
      ...options,
      // Awaited by the pool before it lends the connection; if it fails, the connection is closed
      // and the query that asked for it fails.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- pg-pool awaits it; @types/pg says void
      onConnect: async (client) => {
        await client.query(sessionSettings)
        await options?.onConnect?.(client)
      },
    })
    this.on('error', warnLost)
    this.on('connect', (client) => client.on('error', warnLost))
  }
}

export const hubPg: PgModule = { ...pg, Pool: HubPool }
