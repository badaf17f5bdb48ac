import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News, Webhook } from '../payload-types'
import { freePort } from '../deploy/varnish/startVarnish'
import { verify } from '../plugins/webhooks/signature'
import { bossOf, sendJob } from '../src/jobs/bossJobs'
import type { JobRecord } from '../src/jobs/jobRecords'
import { createTestDatabase, testDatabaseKind } from './helpers/database'
import { createPeople, password, people } from './helpers/fixtures'
import { fleetEnv, fleetPayload, type Instance, pidConnectedTo, sleep, startInstance, stopAll, until } from './helpers/fleet'

/**
 * Two identical instances of the compiled server on one fresh PostgreSQL database: every job is
 * done once whichever instance takes it, and a job whose instance is killed is done by the other.
 * PostgreSQL only, by design: a fleet shares its jobs through PostgreSQL (pg-boss); a SQLite hub
 * is one instance (its runner is tested in test/job-runner.test.ts on both adapters).
 */
const fleet = testDatabaseKind() === 'postgres'
const secret = 'fleet-receiver-secret-0123456789'

type Delivery = { id: string; event: string; doc: number; signed: boolean; at: number }
let instances: Instance[] = []
let payload: Payload
let receiver: http.Server
let receiverPort: number
const deliveries: Delivery[] = []
/** Whether the receiver leaves the next request without an answer (an instance then dies holding it). */
let hangNext = false

beforeAll(async () => {
  if (!fleet) return
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk))
    req.on('end', () => {
      if (hangNext) {
        hangNext = false
        return
      }
      const parsed = JSON.parse(body) as { id: string; event: string; data: { id: number } }
      const signed = verify(secret, body, String(req.headers['relais-signature']))
      deliveries.push({ id: parsed.id, event: parsed.event, doc: parsed.data.id, signed, at: Date.now() })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverPort = (receiver.address() as AddressInfo).port

  const database = await createTestDatabase('postgres')
  const [portA, portB] = [await freePort(), await freePort()]
  const env = fleetEnv({ DATABASE_URL: database.url, SERVER_URL: `http://127.0.0.1:${portA}`, MEDIA_DIR: `/tmp/relais-fleet-jobs-${portA}` })
  // Started at the same moment on an empty database: both must migrate it, one after the other.
  instances = await Promise.all([startInstance('A', portA, env), startInstance('B', portB, env)])
  payload = await fleetPayload(database.url, { SERVER_URL: env.SERVER_URL, JOBS_LEASE_SECONDS: env.JOBS_LEASE_SECONDS })
  await createPeople(payload)
  await payload.create({
    collection: 'webhooks',
    data: {
      name: 'Partner',
      url: `http://127.0.0.1:${receiverPort}/hook`,
      events: ['news.published', 'news.updated', 'news.unpublished'] as Webhook['events'],
      secret,
      state: 'active',
    },
  })
}, 300_000)

afterAll(async () => {
  if (!fleet) return
  await stopAll(instances)
  await payload?.destroy()
  receiver?.closeAllConnections()
  receiver?.close()
})

const news = (title: string, status: 'draft' | 'published') =>
  ({ title, summary: 'x', category: 'event', scope: { level: 'national' }, _status: status }) as News

describe.runIf(fleet)('two identical instances on PostgreSQL', () => {
  it('start together on an empty database: one migrates, the other waits, both serve', () => {
    const migrated = instances.filter((instance) => /Migrated: /.test(instance.output()))
    expect(migrated.map((instance) => instance.name)).toHaveLength(1)
    for (const instance of instances) expect(instance.output()).not.toMatch(/ERROR|already exists|uncaughtException/)
  })

  it('make every webhook delivery once, signed, whichever instance saves or delivers', async () => {
    // One after the other: Payload keeps a user's sessions in one list that concurrent logins rewrite.
    const tokens: string[] = []
    for (const instance of instances) {
      tokens.push(
        await (async () => {
          const login = await fetch(`${instance.url}/api/users/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email: people.editor.email, password }),
          })
          const text = await login.text()
          expect(login.status, text).toBe(200)
          return (JSON.parse(text) as { token: string }).token
        })(),
      )
    }
    const saved: number[] = []
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const instance = instances[i % 2]
        const response = await fetch(`${instance.url}/api/news`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[i % 2]}` },
          body: JSON.stringify(news(`Publiée par ${instance.name} (${i})`, 'published')),
        })
        expect(response.status, await response.clone().text()).toBe(201)
        saved.push(((await response.json()) as { doc: { id: number } }).doc.id)
      }),
    )
    await until('40 deliveries', () => saved.every((id) => deliveries.some((d) => d.doc === id)), 60_000)
    // Time for a second delivery of any of them to show up.
    await sleep(3000)
    const ours = deliveries.filter((d) => saved.includes(d.doc))
    expect(ours).toHaveLength(40)
    expect(new Set(ours.map((d) => d.id)).size).toBe(40)
    expect(ours.every((d) => d.signed && d.event === 'news.published')).toBe(true)
  })

  it('publish a scheduled draft once, at its time', async () => {
    const draft = await payload.create({ collection: 'news', draft: true, data: news('Programmée dans la flotte', 'draft') })
    const at = new Date(Date.now() + 2000)
    await payload.jobs.queue({ task: 'schedulePublish', waitUntil: at, input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } } })
    await until(
      'the scheduled publication',
      async () => (await payload.findByID({ collection: 'news', id: draft.id }))._status === 'published',
      20_000,
    )
    await sleep(2000)
    const versions = await payload.findVersions({
      collection: 'news',
      where: { parent: { equals: draft.id }, 'version._status': { equals: 'published' } },
    })
    expect(versions.totalDocs).toBe(1)
    expect(deliveries.filter((d) => d.doc === draft.id).map((d) => d.event)).toEqual(['news.published'])
    expect(Date.parse((await payload.findByID({ collection: 'news', id: draft.id })).publishedAt as string)).toBeGreaterThanOrEqual(at.getTime())
  })

  it('queue the morning review digest once, and send it once', async () => {
    const pending = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { and: [{ taskSlug: { equals: 'reviewDigest' } }, { completedAt: { exists: false } }] },
        })
      ).docs as unknown as JobRecord[]
    // Each instance asks for the minute's schedules as it starts; one of them runs them.
    const [digest] = await until('the digest queued', async () => ((await pending()).length ? pending() : undefined))
    expect(await pending()).toHaveLength(1)
    await payload.create({
      collection: 'sheets',
      data: {
        title: 'Fiche en retard',
        summary: 'x',
        themes: ['complaint'],
        lastSignificantUpdate: '2025-01-15',
        reviewDueDate: '2025-02-01',
        _status: 'published',
      },
    })
    // Seven o'clock now: the job made due, as its time would.
    const now = new Date().toISOString()
    await payload.db.updateOne({ collection: 'payload-jobs', id: digest.id, data: { waitUntil: now }, returning: false })
    await sendJob(bossOf(payload)!, { ...digest, waitUntil: now })
    const sent = () => instances.flatMap((instance) => instance.output().match(/email to [^:]+: Relais : 1 fiche pratique à relire/g) ?? [])
    await until('the digest sent', () => sent().length >= 2, 20_000)
    await sleep(3000)
    // One email to each of the two national staff (the admin and the editor), from one instance.
    expect(sent()).toHaveLength(2)
    expect(instances.filter((instance) => /fiche pratique à relire/.test(instance.output()))).toHaveLength(1)
  })

  it('make the delivery an instance was killed in the middle of, from the other one', async () => {
    hangNext = true
    const item = await payload.create({ collection: 'news', data: news('Livrée malgré la panne', 'published') })
    const holder = await until('an instance holding the delivery', () => pidConnectedTo(receiverPort), 20_000)
    const victim = instances.find((instance) => instance.pid === holder)
    expect(victim, `pid ${holder} is one of the instances`).toBeDefined()
    victim!.signal('SIGKILL')
    const killedAt = Date.now()
    const delivered = await until('the delivery by the other instance', () => deliveries.find((d) => d.doc === item.id), 30_000)
    const takeoverMs = delivered.at - killedAt
    console.log(`fleet-jobs: the delivery held by a killed instance was made by the other ${takeoverMs} ms after the kill (lease 5 s)`)
    // The lease (5 s), its check every second, pg-boss's first retry delay (1–2 s), a poll (0.5 s).
    expect(takeoverMs).toBeLessThan(12_000)
    await sleep(2000)
    expect(deliveries.filter((d) => d.doc === item.id)).toHaveLength(1)
    // Nothing is left marked as running.
    const left = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }] },
    })
    expect(left.docs).toEqual([])
  })
})

describe.skipIf(fleet)('a fleet of instances', () => {
  it('is PostgreSQL only by design: its instances share jobs through pg-boss there (this is the SQLite run)', () => {
    expect(testDatabaseKind()).not.toBe('postgres')
  })
})
