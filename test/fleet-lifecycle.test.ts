import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startVarnish, varnishMissing } from '../deploy/varnish/startVarnish'
import { createTestDatabase, testDatabaseKind } from './helpers/database'
import { createPartner } from './helpers/partners'
import { fleetEnv, fleetPayload, type Instance, runCompiled, sleep, startInstance, stopAll, until } from './helpers/fleet'

/**
 * Two instances started as the systemd unit of deploy/ starts them (the compiled seed of an empty
 * database, then the compiled server), on one fresh PostgreSQL database, a Redis of the test's
 * own (stopped and started again by it) and a shared media directory, behind Varnish with the
 * committed VCL. PostgreSQL only, by design: a SQLite hub is one instance.
 */
const fleet = testDatabaseKind() === 'postgres'
if (fleet && process.env.CI === 'true' && varnishMissing()) throw new Error(`${varnishMissing()}: the fleet's tests need Varnish under CI`)
const withVarnish = fleet && !varnishMissing()
if (fleet && !withVarnish)
  console.warn(`\n*** ${varnishMissing()}: the fleet's SIGTERM test through Varnish is LEFT OUT. Under CI=true this fails instead. ***\n`)

let instances: Instance[] = []
let extra: Instance | undefined
const seeds: { code: number; output: string }[] = []
let varnish: Awaited<ReturnType<typeof startVarnish>> | undefined
let payload: Payload
let env: Record<string, string>
let mediaDir: string
let redisPort: number
let redis: ChildProcess | undefined
const adminPassword = 'fleet-admin-password-123'

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  await until('Redis answering', async () => {
    const socket = await import('node:net').then((net) => net.connect(redisPort, '127.0.0.1'))
    return new Promise<boolean>((resolve) => {
      socket.once('connect', () => (socket.end(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
  })
}

async function stopRedis(): Promise<void> {
  if (!redis || redis.exitCode !== null) return
  const exited = new Promise((resolve) => redis!.once('exit', resolve))
  redis.kill('SIGKILL')
  await exited
}

beforeAll(async () => {
  if (!fleet) return
  const database = await createTestDatabase('postgres')
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-fleet-media-'))
  const [portA, portB, varnishPort] = [await freePort(), await freePort(), await freePort()]
  redisPort = await freePort()
  await startRedis()
  const varnishUrl = `http://127.0.0.1:${varnishPort}`
  const purgeKey = crypto.randomBytes(32).toString('hex')
  env = fleetEnv({
    DATABASE_URL: database.url,
    SERVER_URL: varnishUrl,
    MEDIA_DIR: mediaDir,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    RATE_LIMIT_PREFIX: `relais-fleet-${crypto.randomBytes(4).toString('hex')}`,
    ...(withVarnish ? { CACHE_PURGE_URL: `${varnishUrl}/`, CACHE_PURGE_KEY: purgeKey } : {}),
  })
  // As the unit does, on both at the same moment: the seed of an empty database, then the server.
  const startAsUnit = async (name: string, port: number) => {
    const seeded = await runCompiled('seed.js', ['--if-empty', '--no-demo'], env)
    seeds.push(seeded)
    if (seeded.code !== 0) throw new Error(`${name}'s seed exited ${seeded.code}:\n${seeded.output}`)
    return startInstance(name, port, env)
  }
  instances = await Promise.all([startAsUnit('A', portA), startAsUnit('B', portB)])
  if (withVarnish) varnish = await startVarnish(varnishPort, [portA, portB], purgeKey)
  payload = await fleetPayload(database.url, { SERVER_URL: varnishUrl, MEDIA_DIR: mediaDir })
  await payload.create({ collection: 'users', data: { email: 'admin@fleet.example', name: 'Admin', role: 'admin', password: adminPassword } })
}, 600_000)

afterAll(async () => {
  if (!fleet) return
  await stopAll([...instances, extra])
  await varnish?.close()
  await stopRedis()
  await payload?.destroy()
  fs.rmSync(mediaDir, { recursive: true, force: true })
})

/** How long after `since` a read sent showed `check` true (polled closely; the time a read was sent, not answered). */
async function firstMoment(check: () => Promise<boolean>, since: number, timeoutMs = 5000): Promise<number> {
  for (;;) {
    const sentAt = Date.now()
    if (await check()) return sentAt - since
    if (sentAt - since > timeoutMs) throw new Error(`not within ${timeoutMs} ms`)
    await sleep(20)
  }
}

async function login(instance: Instance): Promise<string> {
  const response = await fetch(`${instance.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@fleet.example', password: adminPassword }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

describe.runIf(fleet)('a fleet started as deploy/ starts it', () => {
  it('starts together on an empty database: one seeds, the other waits and finds it done, both serve', async () => {
    expect(seeds.map((seed) => seed.code)).toEqual([0, 0])
    const seeding = seeds.filter((seed) => /seed: services: \d+ created/.test(seed.output))
    expect(seeding).toHaveLength(1)
    for (const { output } of [...seeds, ...instances.map((instance) => ({ output: instance.output() }))]) {
      expect(output).not.toMatch(/ERROR|already exists|duplicate key|uncaughtException/)
    }
    const services = await payload.find({ collection: 'services', limit: 0, pagination: false, depth: 0 })
    expect(services.docs.length).toBeGreaterThan(5)
    expect(new Set(services.docs.map((service) => service.slug)).size).toBe(services.docs.length)
  })

  it('keeps uploaded images in the shared directory: saved through one instance, served and deleted through the other', async () => {
    const [a, b] = instances
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3355aa' } })
      .jpeg()
      .toBuffer()
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Un commissariat' }))
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'commissariat.jpg')
    const saved = await fetch(`${a.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${await login(a)}` }, body: form })
    expect(saved.status).toBe(201)
    const doc = ((await saved.json()) as { doc: { id: number; filename: string; sizes: { card: { filename: string } } } }).doc
    // An image no published document shows yet is the editors' only.
    const editorOfB = { Authorization: `JWT ${await login(b)}` }
    for (const file of [doc.filename, doc.sizes.card.filename]) {
      const served = await fetch(`${b.url}/api/media/file/${file}`, { headers: editorOfB })
      expect(served.status, file).toBe(200)
      expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    }
    const deleted = await fetch(`${b.url}/api/media/${doc.id}`, { method: 'DELETE', headers: { Authorization: `JWT ${await login(b)}` } })
    expect(deleted.status).toBe(200)
    expect(fs.existsSync(path.join(mediaDir, doc.filename))).toBe(false)
    // Gone for every instance (Payload answers a file missing on disk with a 500 of its own).
    expect((await fetch(`${a.url}/api/media/file/${doc.filename}`)).status).toBeGreaterThanOrEqual(400)
  })

  it('lets an instance start while Redis is down: a warning, and ready, saying what is down', async () => {
    const port = await freePort()
    const nowhere = await freePort()
    extra = await startInstance('C', port, { ...env, REDIS_URL: `redis://127.0.0.1:${nowhere}` })
    expect(extra.output()).toContain(`REDIS_URL: cannot connect to Redis at 127.0.0.1:${nowhere} (connection refused); starting without it`)
    const ready = await fetch(`${extra.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'ready', database: { status: 'up' }, redis: { status: 'down' } })
    extra.signal('SIGTERM')
    expect((await extra.exited).code).toBe(0)
  })

  it('purges everywhere a change saved while Redis is down, within a second; rate limits count per instance, then shared again', async () => {
    const [a, b] = instances
    const token = await login(a)
    const list = '/api/news?limit=50&sort=-createdAt&depth=0'
    const titlesAt = async (base: string) =>
      ((await (await fetch(`${base}${list}`)).json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
    const readers = [b.url, ...(varnish ? [varnish.url] : [])]
    for (const base of readers) await titlesAt(base)
    if (varnish) expect((await fetch(`${varnish.url}${list}`)).headers.get('x-cache')).toBe('HIT')
    // One partner's budget, read through either instance (each try with a partner of its own).
    const partnerKey = async () => (await createPartner(payload, `Flotte ${crypto.randomBytes(3).toString('hex')}`)).authorization
    const remaining = async (instance: Instance, authorization: string) =>
      Number((await fetch(`${instance.url}/api/services?limit=1`, { headers: { Authorization: authorization } })).headers.get('ratelimit-remaining'))

    await stopRedis()
    try {
      const saved = await fetch(`${a.url}/api/news`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: 'Pendant la panne de Redis',
          summary: 'x',
          category: 'event',
          scope: { level: 'national' },
          _status: 'published',
        }),
      })
      expect(saved.status).toBe(201)
      const savedAt = Date.now()
      for (const base of readers) {
        const seenAfter = await firstMoment(() => titlesAt(base).then((titles) => titles.includes('Pendant la panne de Redis')), savedAt)
        console.log(`fleet-lifecycle: saved through A while Redis was down, seen through ${base === b.url ? 'B' : 'Varnish'} after ${seenAfter} ms`)
        expect(seenAfter, base).toBeLessThan(1000)
      }
      const alone = await partnerKey()
      const [first, second, other] = [await remaining(a, alone), await remaining(a, alone), await remaining(b, alone)]
      expect(second).toBe(first - 1)
      expect(other).toBe(first)
    } finally {
      await startRedis()
    }
    // Shared again once B counts what A counted.
    await until(
      'rate limits shared again',
      async () => {
        const key = await partnerKey()
        const counted = await remaining(a, key)
        return (await remaining(b, key)) === counted - 1
      },
      15_000,
    )
  })

  it.runIf(withVarnish)(
    'stops on SIGTERM under load: in-flight requests answered, at most one failed read through Varnish, gone within 10 s',
    async () => {
      const [a] = instances
      const token = await login(a)
      let reading = true
      let reads = 0
      const failures: string[] = []
      const reader = async (n: number) => {
        for (let i = 0; reading; i++) {
          try {
            // A page nobody asked for yet: each read reaches a hub.
            const response = await fetch(`${varnish!.url}/api/services?limit=1&page=${n * 10_000 + i + 1}`)
            await response.arrayBuffer()
            reads++
            if (response.status !== 200) failures.push(`${response.status}`)
          } catch (error) {
            failures.push((error as Error).message)
          }
        }
      }
      const readers = Array.from({ length: 6 }, (_, n) => reader(n))
      await sleep(1500)

      // A write still arriving when the signal comes: its body is sent half before, half after.
      const body = JSON.stringify({
        title: 'Écrite pendant l’arrêt',
        summary: 'x',
        category: 'event',
        scope: { level: 'national' },
        _status: 'published',
      })
      const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(`${a.url}/api/news`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Authorization: `JWT ${token}` },
        })
        request.on('response', (response) => {
          let text = ''
          response.on('data', (chunk: Buffer) => (text += chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
        })
        request.on('error', reject)
        request.write(body.slice(0, 20))
        setTimeout(() => request.end(body.slice(20)), 1000)
      })
      await sleep(200)
      a.signal('SIGTERM')
      const write = await inFlight
      const exit = await a.exited
      await sleep(3000)
      reading = false
      await Promise.all(readers)

      console.log(
        `fleet-lifecycle: SIGTERM under load: exited ${exit.code} after ${exit.afterSignalMs} ms; ${reads} reads through Varnish, ${failures.length} failed (${failures.join(', ')})`,
      )
      expect(write.status, write.body).toBe(201)
      expect(exit.code).toBe(0)
      expect(exit.afterSignalMs).toBeLessThan(11_000)
      expect(failures.length, failures.join(', ')).toBeLessThanOrEqual(1)
      expect(reads).toBeGreaterThan(50)
      expect(a.output()).toMatch(/SIGTERM: stopping within 10 s/)
      expect(a.output()).toMatch(/Stopped in \d+ ms \(0 request\(s\) cut/)
    },
  )

  it.runIf(withVarnish)('hides an expired item everywhere within a second, though the instance that saved it is gone', async () => {
    const b = instances[1]
    const list = '/api/news?limit=20&sort=-createdAt&depth=0'
    const shows = async (base: string) =>
      ((await (await fetch(`${base}${list}`)).json()) as { docs: { title: string }[] }).docs.some((d) => d.title === 'Expire bientôt')
    // Saved by a process that is gone at the expiry (a command beside the hubs): B only read its outbox row.
    const expiresAt = Date.now() + 6000
    await payload.create({
      collection: 'news',
      data: {
        title: 'Expire bientôt',
        summary: 'x',
        category: 'event',
        scope: { level: 'national' },
        _status: 'published',
        expiresAt: new Date(expiresAt).toISOString(),
      } as never,
    })
    for (const base of [b.url, varnish!.url]) await until(`${base} shows the item`, () => shows(base), 3000)
    expect((await fetch(`${varnish!.url}${list}`)).headers.get('x-cache')).toBe('HIT')
    await sleep(expiresAt - Date.now())
    for (const base of [b.url, varnish!.url]) {
      const hiddenAfter = await firstMoment(() => shows(base).then((shown) => !shown), expiresAt)
      console.log(`fleet-lifecycle: expired item hidden through ${base === b.url ? 'B' : 'Varnish'} ${hiddenAfter} ms after its expiry`)
      expect(hiddenAfter, base).toBeLessThan(1000)
    }
  })
})

describe.skipIf(fleet)('a fleet started as deploy/ starts it', () => {
  it('is PostgreSQL only by design: a SQLite hub is one instance (this is the SQLite run)', () => {
    expect(testDatabaseKind()).not.toBe('postgres')
  })
})
