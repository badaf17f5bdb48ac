import type PgBoss from 'pg-boss'
import type { Payload } from 'payload'

import { bossJobId, bossQueue, bossSchema, minuteQueue, msUntilNextJob, sendJob, transactionSql } from './bossJobs'
import type { JobQueue } from './jobQueues'
import { earlierUnfinished, isFinished, type JobRecord, jobsCollection, nextLook, readJob, unfinished } from './jobRecords'
import { pollLoop, type PollLoop } from './pollLoop'
import type { JobRunner } from './startJobRunner'

type BossJob = PgBoss.Job<{ id: JobRecord['id'] }>

const pollMs = 500

/** Holds a job back until `at`: its record and its pg-boss job change together. */
async function holdBack(payload: Payload, boss: PgBoss, job: JobRecord, at: Date): Promise<void> {
  const transactionID = await payload.db.beginTransaction()
  const req = { transactionID: transactionID ?? undefined }
  try {
    const waitUntil = at.toISOString()
    await payload.db.updateOne({
      collection: jobsCollection,
      id: job.id,
      data: { waitUntil, updatedAt: new Date().toISOString() },
      req,
      returning: false,
    })
    await sendJob(boss, { ...job, waitUntil }, await transactionSql(payload, req))
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/**
 * Runs the Payload job a pg-boss job stands for, if it is still the one to run: a deleted record
 * (a scheduled publication cancelled), a finished one, or a stale copy (the record has moved on to
 * a later attempt) runs nothing. A job behind an earlier one of its order key waits for it.
 * After Payload's attempt, a job Payload will retry gets the pg-boss job of its next attempt.
 */
async function runPayloadJob(payload: Payload, boss: PgBoss, bossJob: BossJob): Promise<void> {
  const job = await readJob(payload, bossJob.data.id)
  if (!job || isFinished(job)) return
  if (bossJobId(job) !== bossJob.id) return sendJob(boss, job)
  const blocker = await earlierUnfinished(payload, job)
  if (blocker) return holdBack(payload, boss, job, nextLook(blocker))
  const { jobStatus } = await payload.jobs.runByID({ id: job.id, silent: { info: true } })
  const status = jobStatus?.[String(job.id)]?.status
  if (status === 'success' || status === 'error-reached-max-retries') return
  const after = await readJob(payload, job.id)
  if (after && !isFinished(after)) await sendJob(boss, after)
}

/**
 * Once a minute, on one instance: Payload's schedules (the review digest) queue their next run,
 * and any job pg-boss lost or gave up on (its retries spent while the database was away) is sent
 * again. A job untouched for a lease and a minute past its time is one of those.
 */
async function minuteTasks(payload: Payload, boss: PgBoss, leaseSeconds: number): Promise<void> {
  await payload.jobs.handleSchedules({ allQueues: true })
  const quiet = new Date(Date.now() - (leaseSeconds + 60) * 1000).toISOString()
  const { docs } = await payload.db.find({
    collection: jobsCollection,
    where: {
      and: [...unfinished, { updatedAt: { less_than: quiet } }, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: quiet } }] }],
    },
    sort: 'createdAt',
    limit: 200,
    pagination: false,
  })
  for (const job of docs as JobRecord[]) {
    const name = bossQueue(job.queue)
    const held = await boss.getJobById(name, bossJobId(job))
    if (!held) {
      payload.logger.warn(`jobs: job ${job.id} (${job.taskSlug}) had no runner; sent again`)
      await sendJob(boss, job)
    } else if (held.state === 'failed') {
      payload.logger.warn(`jobs: job ${job.id} (${job.taskSlug}) was given up by its runner; retried`)
      await boss.retry(name, held.id)
    }
  }
}

/**
 * Every instance of a PostgreSQL hub runs this: it takes jobs of each queue from pg-boss, at most
 * `concurrency` at a time, renews their lease while they run, completes them or fails them
 * (pg-boss retries a failed or abandoned one after 1 s, 2 s, 4 s…), expires the leases of
 * instances that died, and asks for the minute's tasks, which pg-boss gives to one instance only
 * (a throttled job per minute).
 */
export function startFleetRunner(payload: Payload, boss: PgBoss, queues: JobQueue[], leaseSeconds: number): JobRunner {
  const warn = (error: unknown) => payload.logger.warn(`jobs: ${error instanceof Error ? error.message : String(error)}`)
  const loops: { name: string; loop: PollLoop<string> }[] = []

  /**
   * pg-boss 10 has no heartbeat: a job is abandoned when `started_on + expire_in` passes. Moving
   * `started_on` on while the job runs keeps a slow job (a loaded machine, a receiver taking its
   * ten seconds) from being run a second time elsewhere; a runner that died stops moving it.
   */
  const renew = (name: string, id: string) =>
    void boss
      .getDb()
      .executeSql(`UPDATE ${bossSchema}.job SET started_on = now() WHERE name = $1 AND id = $2 AND state = 'active'`, [name, id])
      .catch(warn)

  const settle = async (name: string, bossJob: BossJob, work: () => Promise<void>) => {
    const heartbeat = setInterval(() => renew(name, bossJob.id), (leaseSeconds * 1000) / 3)
    try {
      await work()
    } catch (error) {
      warn(error)
      await boss.fail(name, bossJob.id, { message: error instanceof Error ? error.message : String(error) }).catch(warn)
      return
    } finally {
      clearInterval(heartbeat)
    }
    // If this fails too (the database gone), the lease runs out and another instance finds the job done.
    await boss.complete(name, bossJob.id).catch(warn)
  }

  const loopOf = (
    name: string,
    concurrency: number,
    work: (bossJob: BossJob) => Promise<void>,
    untilNextDue?: () => Promise<number | undefined>,
  ) => ({
    name,
    loop: pollLoop<BossJob, string>({
      concurrency,
      pollMs,
      fetch: async (room) => (await boss.fetch<BossJob['data']>(name, { batchSize: room })) ?? [],
      idOf: (bossJob) => bossJob.id,
      run: (bossJob) => settle(name, bossJob, () => work(bossJob)),
      untilNextDue,
      onError: warn,
    }),
  })

  for (const queue of queues)
    loops.push(
      loopOf(
        bossQueue(queue.name),
        queue.concurrency,
        (bossJob) => runPayloadJob(payload, boss, bossJob),
        () => msUntilNextJob(boss, bossQueue(queue.name)),
      ),
    )
  loops.push(loopOf(minuteQueue, 1, () => minuteTasks(payload, boss, leaseSeconds)))

  // Every instance asks; pg-boss keeps one job per minute, whoever asked first.
  const askMinute = () => void boss.sendThrottled(minuteQueue, {}, {}, 60, 'minute').catch(warn)
  askMinute()
  const timers = [
    setInterval(askMinute, 15_000),
    // Leases of dead runners end here; the statement takes a lock, so instances never collide.
    setInterval(() => void boss.expire().catch(warn), Math.max(1, Math.floor(leaseSeconds / 4)) * 1000),
    setInterval(() => void boss.maintain().catch(warn), 10 * 60_000),
  ]

  return {
    stop: async (deadline) => {
      for (const timer of timers) clearInterval(timer)
      const left = await Promise.all(loops.map(async ({ name, loop }) => ({ name, ids: await loop.stop(deadline) })))
      // Jobs still running are handed back: another instance retries them in a second.
      for (const { name, ids } of left) {
        for (const id of ids) await boss.fail(name, id, { message: 'instance stopping' }).catch(warn)
      }
      return left.reduce((sum, { ids }) => sum + ids.length, 0)
    },
  }
}
