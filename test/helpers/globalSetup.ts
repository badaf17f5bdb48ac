import fs from 'node:fs'

import { buildEmbeds } from '../../src/cli/buildEmbeds'
import { buildServer } from '../../src/cli/buildServer'
import { dropPostgresTestDatabases, testDatabasePrefix } from './database'
import { cleanInterruptedRuns, runsRoot, startRun } from './testRuns'

/**
 * Runs once per `npm test`: cleans up after interrupted runs of this working copy, names this
 * run and gives it its own temporary folder (helpers/testRuns.ts), bundles the widgets the hub
 * serves, compiles the server (the fleet tests run it as production does), and at the end drops
 * this run's PostgreSQL databases and removes its folder.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Each project of the run calls this: the run is started once.
  if (process.env.RELAIS_TEST_RUN_DIR) return async () => {}
  const root = runsRoot()
  for (const { run, processes, databases } of await cleanInterruptedRuns(root))
    console.warn(`Test run ${run} was interrupted: removed its files, ${databases} PostgreSQL database(s) and ${processes} process(es).`)
  const { run, dir } = startRun(root, process.env.RELAIS_TEST_RUN || undefined)
  process.env.RELAIS_TEST_RUN = run
  process.env.RELAIS_TEST_RUN_DIR = dir
  // Workers and the processes they start inherit it: whatever they create lands in the run's folder.
  process.env.TMPDIR = dir
  await buildEmbeds()
  await buildServer()
  return async () => {
    if (process.env.TEST_DATABASE !== 'sqlite') {
      try {
        await dropPostgresTestDatabases(testDatabasePrefix())
      } catch {
        // No PostgreSQL here: its project was left out or has already failed loudly.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
