/**
 * npm run bench:webhooks: webhook deliveries per second, one instance against two, as production
 * runs them (the compiled server, pg-boss on a fresh PostgreSQL database), to a receiver that
 * answers at once. Each round queues BENCH_DELIVERIES (1000) deliveries of 100 documents to 10
 * receivers' addresses in one transaction, as a save queues them, and times them from its commit
 * to the last received; prints deliveries per second, the delay from the commit to each receipt
 * (p50, p99), and the CPU each delivery cost the hubs and their PostgreSQL connections, which
 * says what two idle cores could do whatever else the machine was running.
 * BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres) names the server.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type PayloadRequest } from 'payload'

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

  /** CPU seconds used so far by these processes (user + system, from /proc). */
  const cpuSeconds = (pids: number[]) =>
    pids.reduce((sum, pid) => {
      try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
        return sum + (Number(fields[11]) + Number(fields[12])) / 100
      } catch {
        return sum
      }
    }, 0)
  /**
   * CPU of the PostgreSQL connections serving the hub while `work` runs: they come and go with
   * the pools, so they are looked up every quarter second and each counted from when first seen.
   */
  const postgresCpu = async (work: Promise<void>) => {
    const first = new Map<number, number>()
    const last = new Map<number, number>()
    let running = true
    void work.finally(() => (running = false))
    while (running) {
      const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database])
      for (const { pid } of rows) {
        const cpu = cpuSeconds([pid])
        if (!first.has(pid)) first.set(pid, cpu)
        last.set(pid, cpu)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    for (const pid of last.keys()) last.set(pid, Math.max(last.get(pid) ?? 0, cpuSeconds([pid])))
    return [...last].reduce((sum, [pid, cpu]) => sum + cpu - (first.get(pid) ?? cpu), 0)
  }

  const round = async (label: string) => {
    received.clear()
    // Queued in one transaction, as one big save would: they all become visible at its commit.
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    for (let i = 0; i < DELIVERIES; i++) {
      const webhook = webhooks[i % webhooks.length]
      const doc = Math.floor(i / webhooks.length) % 100
      const deliveryId = crypto.randomUUID()
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
        req: { transactionID } as PayloadRequest,
      })
    }
    const hubPids = instances.map((instance) => instance.pid)
    const hubCpu = cpuSeconds(hubPids)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    const started = Date.now()
    const delivered = until(`${label}: ${DELIVERIES} deliveries`, () => received.size >= DELIVERIES, 600_000).then(() => undefined)
    const pgSeconds = await postgresCpu(delivered)
    await delivered
    const seconds = (Math.max(...received.values()) - started) / 1000
    const delays = [...received.values()].map((at) => at - started).sort((a, b) => a - b)
    const quantile = (q: number) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))]
    // The work itself, whatever else the machine runs: the hubs' and their PostgreSQL connections' CPU per delivery.
    const hubMs = ((cpuSeconds(hubPids) - hubCpu) * 1000) / DELIVERIES
    const pgMs = (pgSeconds * 1000) / DELIVERIES
    return { label, rate: DELIVERIES / seconds, seconds, p50: quantile(0.5), p99: quantile(0.99), hubMs, pgMs }
  }

  const results = [await round('1 instance')]
  instances.push(await startInstance('B', portB, env))
  results.push(await round('2 instances'))
  await payload.destroy()

  console.log(
    `\nWebhook deliveries, ${DELIVERIES} per round to a receiver answering at once (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}):\n`,
  )
  console.log(
    '| fleet | deliveries/s | all delivered in | receipt after commit p50 | p99 | CPU per delivery: hubs | PostgreSQL | two idle cores could do |',
  )
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const r of results) {
    const ceiling = 2000 / (r.hubMs + r.pgMs)
    console.log(
      `| ${r.label} | ${r.rate.toFixed(0)} | ${r.seconds.toFixed(1)} s | ${r.p50} ms | ${r.p99} ms | ${r.hubMs.toFixed(1)} ms | ${r.pgMs.toFixed(1)} ms | ${ceiling.toFixed(0)}/s |`,
    )
  }
} finally {
  await stopAll(instances)
  receiver.close()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.end()
}
process.exit(0)
