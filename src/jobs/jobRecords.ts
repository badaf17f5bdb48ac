import type { Payload, Where } from 'payload'

/**
 * A job as Payload's queue keeps it (collection `payload-jobs`). That record stays the one truth
 * about a job whatever runs it: what to do (task, input), when (`waitUntil`), how many attempts
 * so far (`totalTried`), and whether it is done (`completedAt`, or deleted on completion) or
 * given up on (`hasError`). The admin reads and cancels scheduled publications there.
 */
export type JobRecord = {
  id: number | string
  queue?: string | null
  taskSlug?: string | null
  waitUntil?: string | null
  completedAt?: string | null
  hasError?: boolean | null
  processing?: boolean | null
  totalTried?: number | null
  createdAt?: string
  updatedAt?: string
  meta?: { orderKey?: string } | null
}

export const jobsCollection = 'payload-jobs'

/** Neither done nor given up on. */
export const unfinished: Where[] = [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }]

export const isFinished = (job: JobRecord): boolean => Boolean(job.completedAt || job.hasError)

/** Unfinished jobs of a queue whose time has come and that nobody holds. */
export const dueIn = (queue: string, now = new Date()): Where => ({
  and: [
    ...unfinished,
    { queue: { equals: queue } },
    { processing: { equals: false } },
    { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] },
  ],
})

export async function readJob(payload: Payload, id: JobRecord['id']): Promise<JobRecord | null> {
  return payload.db.findOne<JobRecord>({ collection: jobsCollection, where: { id: { equals: id } } })
}

/**
 * Jobs that share an `orderKey` (the deliveries of one document to one receiver) run in the
 * order they were queued: a job waits while an earlier one of its key is unfinished, including
 * one waiting for a retry. Queue order is the id's on SQL databases (a document's saves commit
 * one after the other, each queueing after the previous committed), the creation time on MongoDB.
 */
export async function earlierUnfinished(payload: Payload, job: JobRecord): Promise<JobRecord | null> {
  const orderKey = job.meta?.orderKey
  if (!orderKey) return null
  const numeric = payload.db.defaultIDType === 'number'
  const { docs } = await payload.db.find({
    collection: jobsCollection,
    where: {
      and: [
        { 'meta.orderKey': { equals: orderKey } },
        ...unfinished,
        numeric ? { id: { less_than: job.id } } : { createdAt: { less_than: job.createdAt } },
      ],
    },
    sort: numeric ? 'id' : 'createdAt',
    limit: 1,
    pagination: false,
  })
  return docs[0] ?? null
}

/** When a job held back by an earlier one should look again: once that one's retry is due, or in a second. */
export function nextLook(blocker: JobRecord, now = Date.now()): Date {
  const retryAt = blocker.waitUntil ? Date.parse(blocker.waitUntil) : 0
  return new Date(Math.max(now + 1000, retryAt + 200))
}
