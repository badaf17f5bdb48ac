import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { News, Webhook } from '../payload-types'
import { bossJobId, bossOf, bossQueue, msUntilNextJob } from '../src/jobs/bossJobs'
import { jobQueues } from '../src/jobs/jobQueues'
import type { JobRecord } from '../src/jobs/jobRecords'
import { type JobRunner, startJobRunner } from '../src/jobs/startJobRunner'
import { type Hub, startHub } from './helpers/hub'

/**
 * The hub's job runner in one process, on each adapter: pg-boss's fleet runner on PostgreSQL, the
 * in-process runner on SQLite (test/fleet-jobs.test.ts runs two real instances on PostgreSQL).
 */
const leaseSeconds = 5
let hub: Hub
let runner: JobRunner | undefined
let receiver: http.Server
let receiverUrl: string
let received: { event: string; id: number; status: number }[] = []
/** Answers for the next requests, in order (then 204). */
let answers: number[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await sleep(100)
  }
}

beforeAll(async () => {
  process.env.WEBHOOK_RETRY_DELAY_MS = '300'
  process.env.JOBS_LEASE_SECONDS = String(leaseSeconds)
  hub = await startHub()
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk))
    req.on('end', () => {
      const status = answers.shift() ?? 204
      const parsed = JSON.parse(body) as { event: string; data: { id: number } }
      received.push({ event: parsed.event, id: parsed.data.id, status })
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  await subscribe()
  runner = await startJobRunner(hub.payload, leaseSeconds)
})
afterAll(async () => {
  await runner?.stop(Date.now() + 2000)
  receiver?.closeAllConnections()
  receiver?.close()
  await hub?.close()
})
beforeEach(() => {
  received = []
  answers = []
})

const draft = (title: string) => ({ title, summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'draft' }) as News
const subscribe = () =>
  hub.payload.create({
    collection: 'webhooks',
    data: {
      name: 'Receiver',
      url: receiverUrl,
      events: ['news.published', 'news.updated', 'news.unpublished'] as Webhook['events'],
      secret: 'test-secret-0123456789abcdef',
      state: 'active',
    },
  })

describe("the hub's job runner", () => {
  it('runs the declared queues: scheduled publishing and the review digest on default, deliveries on webhooks', () => {
    expect(jobQueues(hub.config).map((queue) => queue.name)).toEqual(expect.arrayContaining(['default', 'webhooks']))
    // Payload's own crons, which would run every queue in every process without a lease, stay off.
    expect(hub.config.jobs.autoRun).toBeFalsy()
  })

  it('runs a scheduled publication at its time, not before', async () => {
    const news = await hub.payload.create({ collection: 'news', draft: true, data: draft('Programmée pour bientôt') })
    const at = new Date(Date.now() + 2000)
    await hub.payload.jobs.queue({ task: 'schedulePublish', waitUntil: at, input: { type: 'publish', doc: { relationTo: 'news', value: news.id } } })
    await sleep(1200)
    expect((await hub.payload.findByID({ collection: 'news', id: news.id })).publishedAt ?? null).toBeNull()
    const published = await until('the publication', async () => {
      const doc = await hub.payload.findByID({ collection: 'news', id: news.id })
      return doc._status === 'published' && doc
    })
    expect(Date.parse(published.publishedAt as string)).toBeGreaterThanOrEqual(at.getTime())
  })

  it.runIf(process.env.TEST_DATABASE === 'postgres')(
    'knows when the next waiting job falls due, by the clock pg-boss goes by (PostgreSQL)',
    async () => {
      const boss = bossOf(hub.payload)!
      const news = await hub.payload.create({ collection: 'news', draft: true, data: draft('Programmée plus tard') })
      const at = new Date(Date.now() + 60_000)
      const job = await hub.payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: at,
        input: { type: 'publish', doc: { relationTo: 'news', value: news.id } },
      })
      const ms = await msUntilNextJob(boss, bossQueue('default'))
      expect(ms).toBeGreaterThan(55_000)
      expect(ms).toBeLessThanOrEqual(60_000)
      await hub.payload.delete({ collection: 'payload-jobs', id: job.id })
      await boss.deleteJob(bossQueue('default'), bossJobId(job as unknown as JobRecord))
      // Gone: what waits next, if anything (the morning's review digest), comes later.
      const next = await msUntilNextJob(boss, bossQueue('default'))
      expect(next === undefined || next > 60_000, String(next)).toBe(true)
    },
  )

  it("delivers the changes of one document in order, an earlier delivery's retries included", async () => {
    // The first delivery fails twice; the two later events must wait for it.
    await sleep(1000)
    answers = [500, 500]
    const news = await hub.payload.create({ collection: 'news', data: { ...draft('Dans l’ordre'), _status: 'published' } })
    await hub.payload.update({ collection: 'news', id: news.id, data: { summary: 'Mise à jour' } })
    await hub.payload.update({ collection: 'news', id: news.id, data: { _status: 'draft' } })
    const ofNews = () => received.filter((r) => r.id === news.id)
    await until('three deliveries', async () => ofNews().filter((r) => r.status === 204).length >= 3)
    expect(ofNews().map((r) => [r.event, r.status])).toEqual([
      ['news.published', 500],
      ['news.published', 500],
      ['news.published', 204],
      ['news.updated', 204],
      ['news.unpublished', 204],
    ])
  })

  // SQLite runs Payload without transactions (its adapter's default): nothing is rolled back there.
  it.runIf(process.env.TEST_DATABASE === 'postgres')('never runs a job queued by a change that was rolled back (PostgreSQL)', async () => {
    const req = await createLocalReq({}, hub.payload)
    await initTransaction(req)
    const doomed = await hub.payload.create({ collection: 'news', data: { ...draft('Annulée'), _status: 'published' }, req })
    await killTransaction(req)
    const kept = await hub.payload.create({ collection: 'news', data: { ...draft('Gardée'), _status: 'published' } })
    await until('the committed change', async () => received.some((r) => r.id === kept.id))
    await sleep(1000)
    expect(received.filter((r) => r.id === doomed.id)).toEqual([])
    expect(await hub.payload.count({ collection: 'news', where: { id: { equals: doomed.id } } })).toMatchObject({ totalDocs: 0 })
  })

  it('runs again a job whose runner died holding it', async () => {
    await runner!.stop(Date.now() + 2000)
    const news = await hub.payload.create({ collection: 'news', data: { ...draft('Orpheline'), _status: 'published' } })
    const { docs } = await hub.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' } }, sort: '-createdAt', limit: 1 })
    const job = docs[0] as unknown as JobRecord
    // What a runner killed mid-job leaves: the job marked running and, on PostgreSQL, its pg-boss job taken.
    await hub.payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true }, returning: false })
    const boss = bossOf(hub.payload)
    if (boss) {
      const [taken] = await boss.fetch(bossQueue('webhooks'))
      expect(taken?.id).toBe(bossJobId(job))
    }
    const died = Date.now()
    runner = await startJobRunner(hub.payload, leaseSeconds)
    await until('the delivery', async () => received.some((r) => r.id === news.id), 30_000)
    const takeoverMs = Date.now() - died
    console.log(`job-runner (${hub.payload.db.name}): a job abandoned by its runner ran again after ${takeoverMs} ms (lease ${leaseSeconds} s)`)
    // pg-boss ends the lease (5 s), checked every quarter of it, then retries after 1 s.
    expect(takeoverMs).toBeLessThan((leaseSeconds + leaseSeconds / 4 + 1 + 3) * 1000)
    await until('the job done', async () => !(await hub.payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: job.id } } })))
  })
})
