import PgBoss from 'pg-boss'
import type { Payload, PayloadRequest } from 'payload'
import { v5 as uuidv5 } from 'uuid'

import { jobQueues } from './jobQueues'
import type { JobRecord } from './jobRecords'

/**
 * On PostgreSQL, pg-boss runs Payload's jobs: each job of Payload's queue (the record editors and
 * the admin see) is matched by one pg-boss job, which pg-boss hands to exactly one instance at a
 * time (`FOR UPDATE SKIP LOCKED`) under a lease, retries when its runner dies, and starts at the
 * job's `waitUntil`. The pg-boss job is written in the same transaction as the Payload job (and so
 * as the change that queued it), through Payload's own pool.
 */

type Sql = PgBoss.Db
type QueryClient = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> }
type PostgresAdapter = { name: string; pool?: QueryClient; sessions?: Record<string, { db?: { session?: { client?: QueryClient } } }> }

/** pg-boss's own schema (its default), beside Payload's tables. */
export const bossSchema = 'pgboss'

/** Internal queue of pg-boss whose single job per minute runs Payload's schedules and the sweep. */
export const minuteQueue = 'relais-minute'
export const bossQueue = (payloadQueue: string | null | undefined): string => `relais-jobs-${payloadQueue || 'default'}`

/** Failures of the runner itself (the database gone mid-job, an instance stopping): retried 1 s, 2 s, 4 s… about half an hour in all. */
const runnerRetries = { retryLimit: 10, retryDelay: 1, retryBackoff: true }

const queueOptions = (name: string, leaseSeconds: number) => ({ name, policy: 'standard' as const, expireInSeconds: leaseSeconds, ...runnerRetries })

const bossQueues = (payload: Payload) => [...jobQueues(payload.config).map((queue) => bossQueue(queue.name)), minuteQueue]

/**
 * The runners' lease, set by each starting server (a command beside them, with settings of its
 * own, only creates the queues): a queue created by an earlier start keeps its lease otherwise.
 */
export async function applyLease(payload: Payload, boss: PgBoss, leaseSeconds: number): Promise<void> {
  for (const name of bossQueues(payload)) await boss.updateQueue(name, queueOptions(name, leaseSeconds))
}

const idNamespace = '5b0f0a4e-3c1d-4d0b-9a51-7d6f2c1e8a90'

/**
 * One pg-boss id per (job, attempt, due time): sending the job again, from anywhere, is a no-op
 * while that pg-boss job exists, and a job that moved on (retried by Payload, held back behind an
 * earlier delivery) gets a new one.
 */
export function bossJobId(job: JobRecord): string {
  const due = job.waitUntil ? new Date(job.waitUntil).toISOString() : ''
  return uuidv5(`${job.id}:${job.totalTried ?? 0}:${due}`, idNamespace)
}

const adapterOf = (payload: Payload) => payload.db as unknown as PostgresAdapter

export const runsOnPgBoss = (payload: Payload): boolean => payload.db.name === 'postgres'

function poolSql(payload: Payload): Sql {
  return { executeSql: (text, values) => adapterOf(payload).pool!.query(text, values) }
}

/** The connection of the caller's Payload transaction, if it has one. */
export async function transactionSql(payload: Payload, req?: Partial<PayloadRequest>): Promise<Sql | undefined> {
  const id = await req?.transactionID
  if (id === undefined || id === null) return undefined
  const client = adapterOf(payload).sessions?.[String(id)]?.db?.session?.client
  return client ? { executeSql: (text, values) => client.query(text, values) } : undefined
}

export async function sendJob(boss: PgBoss, job: JobRecord, db?: Sql): Promise<void> {
  await boss.send(bossQueue(job.queue), { id: job.id }, { id: bossJobId(job), startAfter: job.waitUntil ? new Date(job.waitUntil) : undefined, db })
}

/**
 * In how many ms the next job of a pg-boss queue that waits for its time falls due, by
 * PostgreSQL's clock, which pg-boss's fetch goes by (read from the index that fetch reads).
 */
export async function msUntilNextJob(boss: PgBoss, name: string): Promise<number | undefined> {
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT EXTRACT(EPOCH FROM min(start_after) - now()) * 1000 AS ms FROM ${bossSchema}.job WHERE name = $1 AND state < 'active' AND start_after > now()`,
      [name],
    )
  // A numeric, which node-postgres gives as text; null when no job waits.
  const ms: unknown = rows[0]?.ms
  return ms === null || ms === undefined ? undefined : Number(ms)
}

const bosses = new WeakMap<Payload, PgBoss>()

export function bossOf(payload: Payload): PgBoss | undefined {
  return bosses.get(payload)
}

/**
 * Installs pg-boss beside Payload in every process that may queue a job (the server, the seed,
 * the importer, the admin's scheduling): its schema and one queue per Payload queue, with the
 * lease, then makes `payload.jobs.queue` send the matching pg-boss job. Runs nothing: the server
 * starts the runner (src/jobs/fleetRunner.ts). No timer of pg-boss's own runs in any process;
 * the runner drives expiry and maintenance itself, with its errors handled.
 */
export async function attachPgBoss(payload: Payload, leaseSeconds: number): Promise<PgBoss | undefined> {
  if (!runsOnPgBoss(payload) || bosses.has(payload)) return bosses.get(payload)
  const boss = new PgBoss({ db: poolSql(payload), schema: bossSchema, supervise: false, schedule: false, migrate: true })
  boss.on('error', (error) => payload.logger.warn({ err: error }, `jobs: ${error.message}`))
  await boss.start()
  for (const name of bossQueues(payload)) await boss.createQueue(name, queueOptions(name, leaseSeconds))
  bosses.set(payload, boss)

  const queue = payload.jobs.queue
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    const job = (await queue(args)) as unknown as JobRecord
    const db = await transactionSql(payload, args.req)
    if (db) {
      // Inside the change's transaction: both exist, or neither.
      await sendJob(boss, job, db)
    } else {
      await sendJob(boss, job).catch((error: Error) =>
        payload.logger.warn(`jobs: job ${job.id} is queued but pg-boss did not take it (${error.message}); the minute's sweep will send it`),
      )
    }
    return job
  }) as typeof queue
  return boss
}
