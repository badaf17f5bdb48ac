import type { Payload } from 'payload'

import { applyLease, attachPgBoss } from './bossJobs'
import { startFleetRunner } from './fleetRunner'
import { jobQueues } from './jobQueues'
import { startLocalRunner } from './localRunner'

export type JobRunner = {
  /** Stops taking jobs, waits for running ones until `deadline` (ms since the epoch); returns how many were still running, handed back. */
  stop: (deadline: number) => Promise<number>
}

/**
 * Runs the declared queues in this process: through pg-boss on PostgreSQL, where any number of
 * identical instances share the work and take over each other's jobs; in process otherwise.
 */
export async function startJobRunner(payload: Payload, leaseSeconds: number): Promise<JobRunner> {
  const queues = jobQueues(payload.config)
  const boss = await attachPgBoss(payload, leaseSeconds)
  if (!boss) return startLocalRunner(payload, queues)
  await applyLease(payload, boss, leaseSeconds)
  return startFleetRunner(payload, boss, queues, leaseSeconds)
}
