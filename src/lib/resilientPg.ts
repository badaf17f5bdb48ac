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

/**
 * A pool whose connections report their loss as a warning. node-postgres emits `error` on an idle
 * pooled connection (through the pool) and on a checked-out connection between queries (on the
 * client, whose pool listener is removed while it is lent); with no listener, a PostgreSQL restart
 * becomes an uncaught exception. Queries in flight still fail with their own error, which Payload
 * reports; the pool opens new connections once the server is back.
 */
class ResilientPool extends pg.Pool {
  constructor(options?: pg.PoolConfig) {
    super(options)
    this.on('error', warnLost)
    this.on('connect', (client) => client.on('error', warnLost))
  }
}

export const resilientPg: PgModule = { ...pg, Pool: ResilientPool }
