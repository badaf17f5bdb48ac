import crypto from 'node:crypto'

import { dropPostgresTestDatabases, testDatabasePrefix } from './database'

/** Runs once per `npm test`: names this run, and drops its PostgreSQL databases at the end. */
export default function setup(): () => Promise<void> {
  process.env.RELAIS_TEST_RUN ||= crypto.randomBytes(4).toString('hex')
  return async () => {
    if (process.env.TEST_DATABASE === 'sqlite') return
    try {
      await dropPostgresTestDatabases(testDatabasePrefix())
    } catch {
      // No PostgreSQL here: its project was left out or has already failed loudly.
    }
  }
}
