import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { News, Unit, Webhook } from '../payload-types'
import { verify } from '../plugins/webhooks/signature'
import { jobQueues } from '../src/jobs/jobQueues'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

type Received = { headers: http.IncomingHttpHeaders; body: string }

let hub: Hub
let receiver: http.Server
let receiverUrl: string
let received: Received[] = []
/** What the receiver answers next: a status, or 'hang' to never answer in time. */
let answer: number | 'hang' = 204

beforeAll(async () => {
  process.env.WEBHOOK_RETRY_DELAY_MS = '300'
  hub = await startHub()
  await createPeople(hub.payload)
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      if (answer === 'hang') return
      res.writeHead(answer).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
})
afterAll(async () => {
  receiver?.closeAllConnections()
  await new Promise<void>((resolve) => receiver?.close(() => resolve()))
  await hub?.close()
})
beforeEach(async () => {
  received = []
  answer = 204
  await hub.payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' } } })
  await hub.payload.delete({ collection: 'webhook-deliveries', where: { id: { exists: true } } })
  await hub.payload.delete({ collection: 'webhooks', where: { id: { exists: true } } })
})

const secret = 'test-secret-0123456789abcdef'
const subscribe = (events: string[]) =>
  hub.payload.create({
    collection: 'webhooks',
    data: { name: 'Receiver', url: receiverUrl, events: events as Webhook['events'], secret, state: 'active' },
  })
// Payload's own run starts its jobs at once, so deliveries would race; the hub's runner keeps
// each document's order (test/job-runner.test.ts). One at a time in queue order stands in for it.
const runQueue = () => hub.payload.jobs.run({ queue: 'webhooks', limit: 50, sequential: true, processingOrder: 'id' })
const publishNews = (title: string) =>
  hub.payload.create({
    collection: 'news',
    data: {
      title,
      summary: 'x',
      category: 'event',
      scope: { level: 'national' },
      publishedAt: new Date(Date.now() - 1000).toISOString(),
      _status: 'published',
    } as News,
  })
const deliveries = async (webhook: number) =>
  (await hub.payload.find({ collection: 'webhook-deliveries', where: { webhook: { equals: webhook } }, sort: 'createdAt', limit: 100 })).docs

describe('webhooks', () => {
  it('POST a signed body for each event, only from the job queue, and log the delivery', async () => {
    const hook = await subscribe(['news.published', 'news.updated', 'news.unpublished'])
    const news = await publishNews('Alerte arnaque')
    expect(received).toHaveLength(0)
    await runQueue()
    expect(received).toHaveLength(1)
    const [first] = received
    expect(first.headers['relais-event']).toBe('news.published')
    expect(verify(secret, first.body, String(first.headers['relais-signature']))).toBe(true)
    expect(verify('another-secret-0123456789', first.body, String(first.headers['relais-signature']))).toBe(false)
    expect(verify(secret, first.body.replace('Alerte', 'Fausse'), String(first.headers['relais-signature']))).toBe(false)
    const body = JSON.parse(first.body)
    expect(body).toMatchObject({
      event: 'news.published',
      data: { collection: 'news', id: news.id, title: 'Alerte arnaque', url: `${hub.url}/api/news/${news.id}` },
    })

    await hub.payload.update({ collection: 'news', id: news.id, data: { title: 'Alerte arnaque (mise à jour)' } })
    await hub.payload.update({ collection: 'news', id: news.id, draft: true, data: { title: 'Brouillon en cours', _status: 'draft' } })
    await hub.payload.update({ collection: 'news', id: news.id, data: { _status: 'draft' } })
    await runQueue()
    expect(received.map((r) => r.headers['relais-event'])).toEqual(['news.published', 'news.updated', 'news.unpublished'])

    const log = await deliveries(hook.id)
    expect(log).toHaveLength(3)
    expect(log[0]).toMatchObject({ status: 'delivered', httpStatus: 204, attempt: 1, event: 'news.published' })
    expect(log[0].durationMs).toBeGreaterThanOrEqual(0)
  })

  it('only notify the events a target chose', async () => {
    await subscribe(['unit.changed'])
    await publishNews('Sans intérêt pour cette cible')
    await hub.payload.create({
      collection: 'units',
      data: {
        name: 'Brigade de Rennes',
        kind: 'gendarmerie-brigade',
        force: 'gendarmerie',
        address: { commune: 'Rennes', inseeCode: '35238' },
        status: 'active',
      } as Unit,
    })
    await runQueue()
    expect(received.map((r) => r.headers['relais-event'])).toEqual(['unit.changed'])
  })

  it('retry a failing receiver with growing delays, logging each attempt', async () => {
    const hook = await subscribe(['sheet.updated'])
    answer = 500
    await hub.payload.create({
      collection: 'sheets',
      data: { title: 'Fiche', summary: 'x', themes: ['complaint'], lastSignificantUpdate: new Date().toISOString(), _status: 'published' },
    })
    await runQueue()
    expect(received).toHaveLength(1)
    await runQueue()
    expect(received, 'not retried before its backoff delay').toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 400))
    await runQueue()
    expect(received).toHaveLength(2)
    answer = 200
    await new Promise((resolve) => setTimeout(resolve, 700))
    await runQueue()
    expect(received).toHaveLength(3)
    const log = await deliveries(hook.id)
    expect(log.map((d) => [d.status, d.httpStatus, d.attempt])).toEqual([
      ['failed', 500, 1],
      ['failed', 500, 2],
      ['delivered', 200, 3],
    ])
    expect(new Set(log.map((d) => d.deliveryId)).size).toBe(1)
    expect((await hub.payload.findByID({ collection: 'webhooks', id: hook.id })).failingSince).toBeFalsy()
  })

  it('pause a target that has been failing for a day, and show why', async () => {
    const hook = await subscribe(['news.published'])
    await hub.payload.update({ collection: 'webhooks', id: hook.id, data: { failingSince: new Date(Date.now() - 25 * 3_600_000).toISOString() } })
    answer = 503
    await publishNews('Pendant la panne')
    await runQueue()
    const paused = await hub.payload.findByID({ collection: 'webhooks', id: hook.id })
    expect(paused.state).toBe('paused')
    expect(paused.pausedReason).toContain('receiver answered 503')
    await publishNews('Après la pause')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await runQueue()
    expect(received).toHaveLength(1)
    await hub.payload.update({ collection: 'webhooks', id: hook.id, data: { state: 'active' } })
    expect((await hub.payload.findByID({ collection: 'webhooks', id: hook.id })).failingSince).toBeFalsy()
  })

  it('never make an editor wait for a receiver that hangs', async () => {
    await subscribe(['news.published'])
    answer = 'hang'
    const token = await hub.login(people.editor.email, password)
    const save = await hub.api
      .post('/api/news')
      .set('Authorization', `JWT ${token}`)
      .send({ title: 'Publiée pendant que la cible dort', summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'published' })
    expect(save.status).toBe(201)
    expect(received).toHaveLength(0)
    const queued = await hub.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' }, completedAt: { exists: false } } })
    expect(queued.totalDocs).toBeGreaterThan(0)
  })

  it('are for admins only', async () => {
    const editor = await hub.login(people.editor.email, password)
    expect((await hub.api.get('/api/webhooks').set('Authorization', `JWT ${editor}`)).status).toBe(403)
    const admin = await hub.login(people.admin.email, password)
    const bad = await hub.api
      .post('/api/webhooks')
      .set('Authorization', `JWT ${admin}`)
      .send({ name: 'x', url: 'ftp://example.org', events: ['news.published'] })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('url: an http:// or https:// URL')
    const good = await hub.api
      .post('/api/webhooks')
      .set('Authorization', `JWT ${admin}`)
      .send({ name: 'x', url: 'https://partner.example/hook', events: ['news.published'] })
    expect(good.status).toBe(201)
    expect(good.body.doc.secret.length).toBeGreaterThanOrEqual(16)
    expect((await hub.api.get('/api/webhook-deliveries').set('Authorization', `JWT ${editor}`)).status).toBe(403)
  })
})

describe('the delivery queue', () => {
  it('is run by every instance, twenty deliveries at a time', () => {
    expect(jobQueues(hub.config)).toEqual(expect.arrayContaining([{ name: 'webhooks', concurrency: 20 }]))
  })
})

describe('deleting a webhook', () => {
  it('deletes its log of deliveries with it, where it was a 500', async () => {
    const hook = await subscribe(['news.published'])
    const other = await subscribe(['news.published'])
    await publishNews('Avant suppression')
    await runQueue()
    expect(await deliveries(hook.id)).toHaveLength(1)
    const admin = await hub.login(people.admin.email, password)
    const response = await hub.api.delete(`/api/webhooks/${hook.id}`).set('Authorization', `JWT ${admin}`)
    expect(response.status).toBe(200)
    expect(await deliveries(hook.id)).toHaveLength(0)
    expect(await deliveries(other.id)).toHaveLength(1)
  })
})
