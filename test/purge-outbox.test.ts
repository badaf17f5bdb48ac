import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeOutboxSlug } from '../plugins/cachePurge'
import { createHubEdge } from '../src/edge/hubEdge'
import { startOutboxApplier } from '../src/edge/purgeOutbox'
import { testDatabaseKind } from './helpers/database'
import { type Hub, startHub } from './helpers/hub'

/**
 * The purge outbox: what a change purges is written in its transaction, and every instance
 * applies it to its memory and to the caches in front, whatever carried it (or not) at the time.
 * No Redis here: the outbox alone must do it.
 */
let hub: Hub
let cache: http.Server
const purged: string[][] = []
const purgedTags = () => purged.flat()

const news = (title: string) => ({ title, summary: 'Résumé', category: 'event', scope: { level: 'national' }, _status: 'published' }) as never

async function within(ms: number, check: () => boolean | Promise<boolean>): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const outboxRows = async () =>
  (await hub.payload.find({ collection: purgeOutboxSlug, sort: 'id', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs as {
    id: number
    tags: string[]
  }[]

beforeAll(async () => {
  // The cache in front: it records every PURGE it receives.
  cache = http.createServer((req, res) => {
    if (req.method === 'PURGE') purged.push(String(req.headers.xkey ?? '').split(' '))
    res.end()
  })
  const port = await new Promise<number>((resolve) => cache.listen(0, '127.0.0.1', () => resolve((cache.address() as AddressInfo).port)))
  process.env.CACHE_PURGE_URL = `http://127.0.0.1:${port}/`
  process.env.CACHE_PURGE_KEY = crypto.randomBytes(32).toString('hex')
  delete process.env.REDIS_URL
  hub = await startHub()
})

afterAll(async () => {
  await hub?.close()
  cache?.close()
  delete process.env.CACHE_PURGE_URL
  delete process.env.CACHE_PURGE_KEY
})

describe('the purge outbox', () => {
  it('holds what each change purges', async () => {
    const before = (await outboxRows()).length
    const saved = await hub.payload.create({ collection: 'news', data: news('Dans la boîte') })
    const rows = await outboxRows()
    expect(rows.slice(before), JSON.stringify(rows.slice(before))).toHaveLength(1)
    expect(rows.at(-1)!.tags).toEqual(expect.arrayContaining(['news', `news:${saved.id}`, 'news:national']))
  })

  // Payload runs SQLite without transactions: there the row follows the change at once.
  it.runIf(testDatabaseKind() === 'postgres')('is written in the change’s own transaction: a change rolled back leaves nothing', async () => {
    const before = (await outboxRows()).length
    const req = await createLocalReq({}, hub.payload)
    await initTransaction(req)
    await hub.payload.create({ collection: 'news', data: news('Annulée'), req })
    await killTransaction(req)
    expect((await outboxRows()).length).toBe(before)
    expect((await hub.payload.find({ collection: 'news', where: { title: { equals: 'Annulée' } } })).totalDocs).toBe(0)
  })

  it('reaches this instance’s memory and the cache in front when another instance or a command made the change, without Redis', async () => {
    // In its canonical form, the cache's key: parameters sorted, a reader's default depth named.
    const path = '/api/news?depth=1&limit=3'
    expect((await fetch(`${hub.url}${path}`)).status).toBe(200)
    expect(hub.edge.cache.get(path)).toBeDefined()
    purged.length = 0
    // What another process's committed change leaves, and nothing else: no local purge, no Redis.
    await hub.payload.db.create({ collection: purgeOutboxSlug, data: { tags: ['news', 'news:987654'] } })
    await within(1000, () => hub.edge.cache.get(path) === undefined && purgedTags().includes('news:987654'))
  })

  it('purges the cache in front once for a change saved here: the outbox does not purge it again', async () => {
    purged.length = 0
    const saved = await hub.payload.create({ collection: 'news', data: news('Purgée une fois') })
    await within(1000, () => purgedTags().includes(`news:${saved.id}`))
    // Past the outbox's next looks: a second purge would drop what the cache has computed since.
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(purged.filter((tags) => tags.includes(`news:${saved.id}`))).toHaveLength(1)
  })

  it('skips the rows an instance applied itself, and applies the others', async () => {
    const applied: string[][] = []
    // Reads once at its start, then only when woken.
    const applier = startOutboxApplier({ payload: hub.payload, apply: (tags) => void applied.push(tags), pollMs: 60_000 })
    try {
      await within(1000, () => applier.appliedThrough() !== undefined)
      const mine = await hub.payload.db.create({ collection: purgeOutboxSlug, data: { tags: ['sheet:701'] } })
      applier.appliedHere(mine.id as number)
      await hub.payload.db.create({ collection: purgeOutboxSlug, data: { tags: ['sheet:702'] } })
      applier.wake()
      await within(1000, () => applied.flat().includes('sheet:702'))
      expect(applied.flat()).not.toContain('sheet:701')
    } finally {
      await applier.stop()
    }
  })

  it.runIf(testDatabaseKind() === 'postgres')('applies a change whose transaction commits after a later one', async () => {
    const slow = await createLocalReq({}, hub.payload)
    await initTransaction(slow)
    await hub.payload.db.create({ collection: purgeOutboxSlug, data: { tags: ['sheet:501'] }, req: slow })
    await hub.payload.db.create({ collection: purgeOutboxSlug, data: { tags: ['sheet:502'] } })
    await within(1000, () => purgedTags().includes('sheet:502'))
    expect(purgedTags()).not.toContain('sheet:501')
    await commitTransaction(slow)
    await within(1000, () => purgedTags().includes('sheet:501'))
  })

  it('is applied, at the next start, from the last id the fleet applied: changes made while no instance ran reach the cache', async () => {
    await hub.payload.db.create({ collection: purgeOutboxSlug, data: { tags: ['sheet:601'] } })
    await within(1000, () => purgedTags().includes('sheet:601'))
    await hub.edge.close()
    await new Promise((resolve) => setTimeout(resolve, 300))
    purged.length = 0
    await hub.payload.db.create({ collection: purgeOutboxSlug, data: { tags: ['sheet:602'] } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(purgedTags()).not.toContain('sheet:602')

    const restarted = createHubEdge(hub.payload)
    try {
      await within(2000, () => purgedTags().includes('sheet:602'))
      expect(purgedTags()).not.toContain('sheet:601')
    } finally {
      await restarted.close()
    }
  })

  it('is pruned of rows older than its retention, keeping the newest', async () => {
    const newest = (await outboxRows()).at(-1)!.id
    const applier = startOutboxApplier({ payload: hub.payload, apply: () => undefined, retentionMs: 0, pruneEveryMs: 0 })
    try {
      await within(2000, async () => (await outboxRows()).length === 1)
      expect((await outboxRows())[0].id).toBe(newest)
    } finally {
      await applier.stop()
    }
  })
})
