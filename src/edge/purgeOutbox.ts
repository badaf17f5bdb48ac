import type { Payload, Where } from 'payload'

import { purgeOutboxSlug } from '../../plugins/cachePurge/PurgeOutbox'

export type OutboxApplierOptions = {
  payload: Payload
  /** Drops the tags of committed changes: this instance's memory, the caches in front. */
  apply: (tags: string[]) => void | Promise<void>
  /** How often the outbox is read when nothing wakes the applier sooner. */
  pollMs?: number
  /** How long a missing id waits for its transaction to commit before it counts as rolled back. */
  gapMs?: number
  /** How long rows are kept: longer than any cache keeps an answer. */
  retentionMs?: number
  /** How often each instance prunes (a few instances pruning the same rows is harmless). */
  pruneEveryMs?: number
  warn?: (message: string) => void
}

export type OutboxApplier = {
  /** Reads the outbox now (a Redis wake-up, a local commit). */
  wake: () => void
  /**
   * A row this instance applied itself, at once after its commit: read, it purges nothing again
   * (a second purge would drop the answers computed since from the caches in front).
   */
  appliedHere: (id: number | string) => void
  /** Every id at or below this one has been applied (or was rolled back). */
  appliedThrough: () => number | undefined
  stop: () => Promise<void>
}

// Shared by the fleet: where the next instance to start resumes, so that changes made while none
// was running (a command beside them) still reach the caches in front.
const cursorKey = 'relais:purge-outbox:applied-through'
const batch = 500
const warnEveryMs = 60_000

type Row = { id: number | string; tags?: unknown }

/**
 * Applies the purge outbox (plugins/cachePurge/PurgeOutbox.ts) in id order from the last id
 * applied: every instance does, every `pollMs` or sooner when woken, so a change reaches every
 * memory and every cache in front whatever was down when it was made (Redis, a cache, the
 * instance that made it, PostgreSQL for a while). Ids are handed out before commit, so a
 * transaction may commit after a later one: an id missing below the highest seen is looked for
 * again until `gapMs` has passed (a rolled-back transaction leaves its id unused for ever).
 * Rows older than `retentionMs` are pruned.
 */
export function startOutboxApplier({
  payload,
  apply,
  pollMs = 250,
  gapMs = 60_000,
  retentionMs = 24 * 3600_000,
  pruneEveryMs = 10 * 60_000,
  warn = (message) => payload.logger.warn(message),
}: OutboxApplierOptions): OutboxApplier {
  let seenThrough: number | undefined
  const gaps = new Map<number, number>()
  const doneHere = new Set<number>()
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false
  let savedCursor: number | undefined
  let lastPruned = Date.now() - pruneEveryMs * Math.random()
  let lastWarned = 0

  const appliedThrough = () => (seenThrough === undefined ? undefined : Math.min(seenThrough, ...[...gaps.keys()].map((id) => id - 1)))

  async function rows(where: Where): Promise<Row[]> {
    // The adapter's own find: the outbox is internal, none of the API's query rules apply.
    const { docs } = await payload.db.find({ collection: purgeOutboxSlug, where, sort: 'id', limit: batch, pagination: false })
    return docs
  }

  async function startingPoint(): Promise<number> {
    const saved = await payload.kv.get<{ id: number }>(cursorKey)
    const { docs } = await payload.db.find({ collection: purgeOutboxSlug, sort: '-id', limit: 1, pagination: false })
    const newest = docs[0] ? Number(docs[0].id) : 0
    if (!saved || saved.id > newest) return newest
    // Rows pruned since: start just below the oldest one left.
    const oldest = await rows({ id: { greater_than: saved.id } })
    return oldest[0] ? Math.max(saved.id, Number(oldest[0].id) - 1) : newest
  }

  /** One read; true when there may be more to read at once. */
  async function readOnce(): Promise<boolean> {
    seenThrough ??= await startingPoint()
    const from = seenThrough
    const fresh = await rows({ id: { greater_than: from } })
    const late = gaps.size ? await rows({ id: { in: [...gaps.keys()].slice(0, batch) } }) : []
    const tags = new Set<string>()
    const now = Date.now()
    for (const row of [...late, ...fresh]) {
      const id = Number(row.id)
      gaps.delete(id)
      if (doneHere.delete(id)) continue
      if (Array.isArray(row.tags)) for (const tag of row.tags) tags.add(String(tag))
    }
    const ids = new Set(fresh.map((row) => Number(row.id)))
    const highest = fresh.length ? Number(fresh[fresh.length - 1].id) : from
    for (let id = from + 1; id < highest; id++) if (!ids.has(id)) gaps.set(id, now)
    for (const [id, since] of gaps) if (now - since > gapMs) gaps.delete(id)
    seenThrough = highest
    // Marked after they were read (or never to be read: below the start): forgotten.
    for (const id of doneHere) if (id <= highest && !gaps.has(id)) doneHere.delete(id)
    if (tags.size) await apply([...tags])

    const through = appliedThrough()
    if (through !== undefined && through !== savedCursor) {
      await payload.kv.set(cursorKey, { id: through })
      savedCursor = through
    }
    if (now - lastPruned > pruneEveryMs) {
      lastPruned = now
      await payload.db.deleteMany({
        collection: purgeOutboxSlug,
        where: { and: [{ createdAt: { less_than: new Date(now - retentionMs).toISOString() } }, { id: { less_than: highest } }] },
      })
    }
    return fresh.length === batch
  }

  async function run(): Promise<void> {
    do {
      again = false
      try {
        if (await readOnce()) again = true
      } catch (error) {
        // The database is away: the next read resumes where this one stopped.
        if (Date.now() - lastWarned > warnEveryMs) {
          lastWarned = Date.now()
          warn(
            `purge outbox: cannot read it (${error instanceof Error ? error.message : String(error)}); purges resume from id ${appliedThrough() ?? 'unknown'} once it answers`,
          )
        }
      }
    } while (again && !stopped)
  }

  function schedule(delay: number): void {
    if (stopped) return
    clearTimeout(timer)
    timer = setTimeout(tick, delay)
    timer.unref()
  }

  function tick(): void {
    if (running) {
      again = true
      return
    }
    running = run().finally(() => {
      running = undefined
      schedule(pollMs)
    })
  }

  schedule(0)
  return {
    wake: () => {
      if (!stopped) tick()
    },
    appliedHere: (id) => {
      const row = Number(id)
      if (seenThrough === undefined || row > seenThrough || gaps.has(row)) doneHere.add(row)
    },
    appliedThrough,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
