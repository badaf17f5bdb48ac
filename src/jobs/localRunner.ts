import type { Payload } from 'payload'

import type { JobQueue } from './jobQueues'
import { dueIn, earlierUnfinished, type JobRecord, jobsCollection, unfinished } from './jobRecords'
import { pollLoop, type PollLoop } from './pollLoop'
import type { JobRunner } from './startJobRunner'

const pollMs = 500
/** Jobs read per poll: enough that a few held back behind earlier ones leave room for the rest. */
const lookahead = 50

/**
 * The runner of a single instance (SQLite, whose file belongs to one server; MongoDB): Payload's
 * queue read every half second and when a waiting job falls due, and run in this process, in
 * queue order per order key, and Payload's schedules every minute. Being alone, it knows that a
 * job marked running when it starts was left so by its own previous run (killed, or stopped
 * mid-job), and runs it again.
 */
export async function startLocalRunner(payload: Payload, queues: JobQueue[]): Promise<JobRunner> {
  const warn = (error: unknown) => payload.logger.warn(`jobs: ${error instanceof Error ? error.message : String(error)}`)
  const abandoned = await payload.db.updateJobs({
    where: { and: [...unfinished, { processing: { equals: true } }] },
    data: { processing: false },
    req: {},
    returning: true,
  })
  if (abandoned?.length) payload.logger.warn(`jobs: ${abandoned.length} job(s) left running by the previous start are queued again`)

  const fetchDue = (queue: string) => async (room: number, running: ReadonlySet<JobRecord['id']>) => {
    const { docs } = await payload.db.find({
      collection: jobsCollection,
      where: dueIn(queue),
      sort: 'createdAt',
      limit: lookahead,
      pagination: false,
    })
    const ready: JobRecord[] = []
    for (const job of docs as JobRecord[]) {
      if (ready.length >= room) break
      if (running.has(job.id) || (await earlierUnfinished(payload, job))) continue
      ready.push(job)
    }
    return ready
  }

  const untilNextDue = (queue: string) => async () => {
    const now = new Date()
    const { docs } = await payload.db.find({
      collection: jobsCollection,
      where: {
        and: [...unfinished, { queue: { equals: queue } }, { processing: { equals: false } }, { waitUntil: { greater_than: now.toISOString() } }],
      },
      sort: 'waitUntil',
      limit: 1,
      pagination: false,
    })
    const next = (docs as JobRecord[])[0]?.waitUntil
    return next ? Date.parse(next) - now.getTime() : undefined
  }

  const loops: PollLoop<JobRecord['id']>[] = queues.map((queue) =>
    pollLoop<JobRecord, JobRecord['id']>({
      concurrency: queue.concurrency,
      pollMs,
      fetch: fetchDue(queue.name),
      untilNextDue: untilNextDue(queue.name),
      idOf: (job) => job.id,
      run: async (job) => {
        await payload.jobs.runByID({ id: job.id, silent: { info: true } })
      },
      onError: warn,
    }),
  )

  const schedule = () => void payload.jobs.handleSchedules({ allQueues: true }).catch(warn)
  schedule()
  const timer = setInterval(schedule, 60_000)

  return {
    stop: async (deadline) => {
      clearInterval(timer)
      // Jobs still running when the deadline comes are run again at the next start.
      const left = await Promise.all(loops.map((loop) => loop.stop(deadline)))
      return left.reduce((sum, ids) => sum + ids.length, 0)
    },
  }
}
