import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startVarnish, varnishMissing } from '../deploy/varnish/startVarnish'
import { testDatabaseKind } from './helpers/database'
import { createPeople, password, people } from './helpers/fixtures'
import { fleetEnv, fleetPayload, type Instance, sleep, startInstance, stopAll, until } from './helpers/fleet'

/**
 * Two instances on a PostgreSQL cluster of the test's own (never the shared one), behind Varnish,
 * which is restarted under a write load through both, then stopped a few seconds: nothing
 * acknowledged is lost or doubled, no instance crashes, what cannot be done answers 503 with
 * Retry-After, answers kept are still served (stale-if-error, by the hub and by Varnish), /readyz
 * says the database is down and recovers without a restart of the hub. PostgreSQL only, by
 * design (this is about PostgreSQL's faults).
 */
const fleet = testDatabaseKind() === 'postgres'
if (fleet && process.env.CI === 'true' && varnishMissing()) throw new Error(`${varnishMissing()}: the fleet's tests need Varnish under CI`)
const withVarnish = fleet && !varnishMissing()
let varnish: Awaited<ReturnType<typeof startVarnish>> | undefined
const cluster = `relais_fleet_${crypto.randomBytes(3).toString('hex')}`
let clusterPort: number
let instances: Instance[] = []
let payload: Payload

const pgctl = (action: 'start' | 'stop' | 'restart') =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', '15', cluster, action, ...(action === 'start' ? [] : ['--', '-m', 'fast'])], {
    stdio: 'pipe',
  })

beforeAll(async () => {
  if (!fleet) return
  clusterPort = await freePort()
  execFileSync('pg_createcluster', ['15', cluster, '-p', String(clusterPort), '--', '--auth=trust'], { stdio: 'pipe' })
  pgctl('start')
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${clusterPort}/postgres` })
  await admin.connect()
  await admin.query('CREATE DATABASE relais')
  await admin.end()
  const url = `postgres://postgres@127.0.0.1:${clusterPort}/relais`
  const [portA, portB, varnishPort] = [await freePort(), await freePort(), await freePort()]
  const purgeKey = crypto.randomBytes(32).toString('hex')
  const env = fleetEnv({
    DATABASE_URL: url,
    SERVER_URL: `http://127.0.0.1:${portA}`,
    MEDIA_DIR: `/tmp/relais-fleet-pg-${portA}`,
    // Kept answers go stale within the outage: what is served then is the stale-if-error copy.
    EDGE_CACHE_SECONDS: '2',
    ...(withVarnish ? { CACHE_PURGE_URL: `http://127.0.0.1:${varnishPort}/`, CACHE_PURGE_KEY: purgeKey } : {}),
  })
  instances = await Promise.all([startInstance('A', portA, env), startInstance('B', portB, env)])
  if (withVarnish) varnish = await startVarnish(varnishPort, [portA, portB], purgeKey)
  payload = await fleetPayload(url, { SERVER_URL: env.SERVER_URL })
  await createPeople(payload)
}, 300_000)

afterAll(async () => {
  if (!fleet) return
  await stopAll(instances)
  await varnish?.close()
  await payload?.destroy().catch(() => undefined)
  try {
    execFileSync('pg_dropcluster', ['--stop', '15', cluster], { stdio: 'pipe' })
  } catch {
    // Not created: beforeAll failed before.
  }
})

describe.runIf(fleet)('a PostgreSQL restart under writes through two instances', () => {
  it('loses no acknowledged write, doubles none, and crashes no instance', async () => {
    const tokens: string[] = []
    for (const instance of instances) {
      const login = await fetch(`${instance.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: people.editor.email, password }),
      })
      tokens.push(((await login.json()) as { token: string }).token)
    }
    const acknowledged: string[] = []
    const refused: Record<string, number> = {}
    let writing = true
    let attempts = 0
    const writer = async (w: number) => {
      for (let i = 0; writing; i++) {
        const title = `audit-${w}-${i}`
        const n = (w + i) % 2
        attempts++
        try {
          const response = await fetch(`${instances[n].url}/api/news`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[n]}` },
            body: JSON.stringify({ title, summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'published' }),
          })
          await response.arrayBuffer()
          if (response.status === 201) acknowledged.push(title)
          else refused[response.status] = (refused[response.status] ?? 0) + 1
        } catch (error) {
          refused[(error as Error).message] = (refused[(error as Error).message] ?? 0) + 1
          await sleep(100)
        }
      }
    }
    const writers = Array.from({ length: 4 }, (_, w) => writer(w))
    await sleep(2000)
    const before = acknowledged.length
    pgctl('restart')
    const restartedAt = Date.now()
    await until('writes acknowledged again after the restart', () => acknowledged.length > before + 20, 60_000)
    const recoveredMs = Date.now() - restartedAt
    await sleep(1000)
    writing = false
    await Promise.all(writers)
    console.log(
      `fleet-postgres-restart: ${attempts} writes, ${acknowledged.length} acknowledged, refused: ${JSON.stringify(refused)}; writes acknowledged again ${recoveredMs} ms after the restart`,
    )

    // The audit: every acknowledged write is in the database, once.
    const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${clusterPort}/relais` })
    await client.connect()
    const { rows } = await client.query<{ title: string; copies: number }>(
      `SELECT l.title, count(*)::int AS copies FROM news n JOIN news_locales l ON l._parent_id = n.id WHERE l.title LIKE 'audit-%' GROUP BY l.title`,
    )
    await client.end()
    const copies = new Map(rows.map((row) => [row.title, row.copies]))
    // A write the database could not take is a 503 to send again, never the hub's own failure.
    expect(refused['500']).toBeUndefined()
    expect(acknowledged.filter((title) => copies.get(title) !== 1)).toEqual([])
    expect(rows.filter((row) => row.copies > 1)).toEqual([])

    for (const instance of instances) {
      expect(instance.output()).not.toMatch(/uncaughtException|Uncaught|unhandledRejection/)
      expect(await Promise.race([instance.exited.then(() => 'exited'), sleep(10).then(() => 'running')])).toBe('running')
    }
  })

  it('answers 503 with Retry-After to what needs the database, serves what it kept, has /readyz say so, and recovers without a restart', async () => {
    const [a] = instances
    const login = await fetch(`${a.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: people.editor.email, password }),
    })
    const token = ((await login.json()) as { token: string }).token
    const kept = '/api/news?limit=2&depth=0&sort=createdAt'
    const keptBody = await (await fetch(`${a.url}${kept}`)).text()
    expect(JSON.parse(keptBody).docs).toHaveLength(2)
    if (varnish) {
      // Varnish drops its copy on a purge, as the hubs do theirs: a purge of the last test's
      // writes still on its way (the other instance applies the purge outbox every 250 ms) would
      // leave it nothing to serve. Its copy must outlive a quiet second (within its 2 s lifetime)
      // before the outage.
      await until(
        'Varnish keeping its copy through a quiet second',
        async () => {
          expect(await (await fetch(`${varnish!.url}${kept}`)).text()).toBe(keptBody)
          await sleep(1000)
          const again = await fetch(`${varnish!.url}${kept}`)
          return again.headers.get('x-cache') === 'HIT' && Number(again.headers.get('age')) >= 1
        },
        30_000,
      )
    }
    pgctl('stop')
    try {
      const down = await until(
        'readiness down',
        async () => {
          const response = await fetch(`${a.url}/readyz`)
          return response.status === 503 && ((await response.json()) as { database: { status: string }; detail: string })
        },
        20_000,
      )
      expect(down).toMatchObject({ state: 'unavailable', database: { status: 'down' }, detail: expect.stringMatching(/^database: /) })
      await sleep(2500)

      const uncached = await fetch(`${a.url}/api/services?limit=3&page=7`)
      expect(uncached.status, await uncached.clone().text()).toBe(503)
      expect(uncached.headers.get('retry-after')).toBe('5')
      const write = await fetch(`${a.url}/api/news`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title: 'Pendant la panne', summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'published' }),
      })
      expect(write.status, await write.clone().text()).toBe(503)
      expect(write.headers.get('retry-after')).toBe('5')
      // Past its lifetime, the copy each cache kept is served while the hub cannot compute it again.
      const stale = await fetch(`${a.url}${kept}`)
      expect(stale.status).toBe(200)
      expect(await stale.text()).toBe(keptBody)
      if (varnish) {
        let last = ''
        const throughVarnish = await until(
          'Varnish serving its stale copy',
          async () => {
            const response = await fetch(`${varnish!.url}${kept}`)
            last = `${response.status} ${response.headers.get('x-cache')} age ${response.headers.get('age')}`
            return response.status === 200 && response
          },
          10_000,
        ).catch((error: unknown) => {
          throw new Error(`${String(error)}; its last answer: ${last}`)
        })
        expect(await throughVarnish.text()).toBe(keptBody)
      }
    } finally {
      pgctl('start')
    }
    await until('readiness back', async () => (await fetch(`${a.url}/readyz`)).status === 200, 30_000)
    const write = await payload.create({
      collection: 'news',
      data: { title: 'Après la panne', summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'published' } as never,
    })
    expect((await fetch(`${a.url}/api/news/${write.id}`)).status).toBe(200)
  })
})

describe.skipIf(fleet)('a PostgreSQL restart under writes through two instances', () => {
  it('is PostgreSQL only by design (this is the SQLite run)', () => {
    expect(testDatabaseKind()).not.toBe('postgres')
  })
})
