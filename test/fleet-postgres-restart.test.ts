import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../deploy/varnish/startVarnish'
import { testDatabaseKind } from './helpers/database'
import { createPeople, password, people } from './helpers/fixtures'
import { fleetEnv, fleetPayload, type Instance, sleep, startInstance, stopAll, until } from './helpers/fleet'

/**
 * Two instances on a PostgreSQL cluster of the test's own (never the shared one), which is
 * restarted under a write load through both, then stopped a few seconds: nothing acknowledged is
 * lost or doubled, no instance crashes, /readyz says the database is down and recovers without a
 * restart of the hub. PostgreSQL only, by design (this is about PostgreSQL's faults).
 */
const fleet = testDatabaseKind() === 'postgres'
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
  const [portA, portB] = [await freePort(), await freePort()]
  const env = fleetEnv({ DATABASE_URL: url, SERVER_URL: `http://127.0.0.1:${portA}`, MEDIA_DIR: `/tmp/relais-fleet-pg-${portA}` })
  instances = await Promise.all([startInstance('A', portA, env), startInstance('B', portB, env)])
  payload = await fleetPayload(url, { SERVER_URL: env.SERVER_URL })
  await createPeople(payload)
}, 300_000)

afterAll(async () => {
  if (!fleet) return
  await stopAll(instances)
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
    expect(acknowledged.filter((title) => copies.get(title) !== 1)).toEqual([])
    expect(rows.filter((row) => row.copies > 1)).toEqual([])

    for (const instance of instances) {
      expect(instance.output()).not.toMatch(/uncaughtException|Uncaught|unhandledRejection/)
      expect(await Promise.race([instance.exited.then(() => 'exited'), sleep(10).then(() => 'running')])).toBe('running')
    }
  })

  it('has /readyz say the database is down while it is, and ready again after, without restarting the hub', async () => {
    const [a] = instances
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
