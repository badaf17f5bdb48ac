/**
 * npm run bench:webhooks: webhook deliveries per second, one instance against two, as production
 * runs them (the compiled server, pg-boss on a fresh PostgreSQL database), to a receiver that
 * answers at once. Each round queues BENCH_DELIVERIES (1000) deliveries of 100 documents to 10
 * receivers' addresses, as saves queue them, and times them from the first queued to the last
 * received; then prints deliveries per second and the delay from queue to receipt (p50, p99).
 * BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres) names the server.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload } from 'payload'

import { freePort } from '../deploy/varnish/startVarnish'
import { buildServer } from '../src/cli/buildServer'
import { fleetEnv, fleetSecret, type Instance, startInstance, stopAll, until } from './hubInstances'

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 1000)
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

const database = `relais_bench_${crypto.randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: adminUrl })
await admin.connect()
await admin.query(`CREATE DATABASE ${database}`)
const url = new URL(adminUrl)
url.pathname = `/${database}`
const databaseUrl = url.toString()

const received = new Map<string, number>()
const receiver = http.createServer((req, res) => {
  const id = String(req.headers['relais-delivery'])
  req.resume()
  req.on('end', () => {
    received.set(id, Date.now())
    res.writeHead(204).end()
  })
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

const instances: Instance[] = []
try {
  await buildServer()
  const [portA, portB] = [await freePort(), await freePort()]
  const env = fleetEnv({ DATABASE_URL: databaseUrl, SERVER_URL: `http://127.0.0.1:${portA}`, MEDIA_DIR: path.join(os.tmpdir(), `${database}-media`) })
  instances.push(await startInstance('A', portA, env))

  Object.assign(process.env, { DATABASE_URL: databaseUrl, DATABASE_PUSH_SCHEMA: 'false', JOBS_AUTORUN: 'false', PAYLOAD_SECRET: fleetSecret })
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config: await config })
  const webhooks = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      payload.create({
        collection: 'webhooks',
        data: {
          name: `Receiver ${i}`,
          url: `${receiverUrl}/${i}`,
          events: ['news.updated'],
          secret: crypto.randomBytes(16).toString('hex'),
          state: 'active',
        },
      }),
    ),
  )

  const round = async (label: string) => {
    received.clear()
    const queuedAt = new Map<string, number>()
    const started = Date.now()
    for (let i = 0; i < DELIVERIES; i++) {
      const webhook = webhooks[i % webhooks.length]
      const doc = Math.floor(i / webhooks.length) % 100
      const deliveryId = crypto.randomUUID()
      queuedAt.set(deliveryId, Date.now())
      await payload.jobs.queue({
        task: 'deliverWebhook',
        queue: 'webhooks',
        input: {
          webhook: String(webhook.id),
          event: 'news.updated',
          deliveryId,
          body: JSON.stringify({
            id: deliveryId,
            event: 'news.updated',
            occurredAt: new Date().toISOString(),
            data: { collection: 'news', id: doc },
          }),
        },
        meta: { orderKey: `${webhook.id}:news:${doc}` },
      })
    }
    await until(`${label}: ${DELIVERIES} deliveries`, () => received.size >= DELIVERIES, 600_000)
    const seconds = (Math.max(...received.values()) - started) / 1000
    const delays = [...received].map(([id, at]) => at - (queuedAt.get(id) ?? at)).sort((a, b) => a - b)
    const quantile = (q: number) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))]
    return { label, rate: DELIVERIES / seconds, seconds, p50: quantile(0.5), p99: quantile(0.99) }
  }

  const results = [await round('1 instance')]
  instances.push(await startInstance('B', portB, env))
  results.push(await round('2 instances'))
  await payload.destroy()

  console.log(
    `\nWebhook deliveries, ${DELIVERIES} per round to a receiver answering at once (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}):\n`,
  )
  console.log('| fleet | deliveries/s | all delivered in | delay queue → receipt p50 | p99 |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  for (const r of results) console.log(`| ${r.label} | ${r.rate.toFixed(0)} | ${r.seconds.toFixed(1)} s | ${r.p50} ms | ${r.p99} ms |`)
} finally {
  await stopAll(instances)
  receiver.close()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.end()
}
process.exit(0)
