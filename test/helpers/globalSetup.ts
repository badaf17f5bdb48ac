import crypto from 'node:crypto'

import { buildEmbeds } from '../../src/cli/buildEmbeds'
import { buildServer } from '../../src/cli/buildServer'
import { dropPostgresTestDatabases, testDatabasePrefix } from './database'

/**
 * Runs once per `npm test`: names this run, bundles the widgets the hub serves, compiles the
 * server (the fleet tests run it as production does), and drops this run's PostgreSQL databases
 * at the end.
 */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.RELAIS_TEST_RUN ||= crypto.randomBytes(4).toString('hex')
  await buildEmbeds()
  await buildServer()
  return async () => {
    if (process.env.TEST_DATABASE === 'sqlite') return
    try {
      await dropPostgresTestDatabases(testDatabasePrefix())
    } catch {
      // No PostgreSQL here: its project was left out or has already failed loudly.
    }
  }
}
