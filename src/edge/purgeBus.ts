import crypto from 'node:crypto'

import { Redis } from 'ioredis'

/** `outboxId`: the outbox row of the committed change purged here (local purges only). */
export type PurgeListener = (tags: string[], outboxId?: number | string) => void

export type PurgeBus = {
  /**
   * Drops the tags everywhere: this instance's memory, every other instance (Redis), the HTTP
   * caches in front. `outboxId` names the outbox row of the change, which this instance then
   * need not apply again.
   */
  purge: (tags: string[], outboxId?: number | string) => Promise<void>
  /** Drops the tags from the HTTP caches in front only (what an instance applying the outbox sends). */
  purgeCaches: (tags: string[]) => void
  /** Called for every purge, local or from another instance. */
  subscribe: (listener: PurgeListener) => () => void
  /** Resolves once every purge sent so far (HTTP, Redis) has been delivered or has failed. */
  settled: () => Promise<void>
  close: () => Promise<void>
}

export type PurgeBusOptions = {
  redisUrl?: string
  /** Prefix of the Redis channel, shared by every instance of one hub. */
  prefix: string
  /** Varnish (or any cache accepting `PURGE` with an `xkey` header) in front of the hub. */
  purgeUrls: string[]
  /** Sent as `Relais-Purge-Key` with each purge: what the cache checks it comes from a hub. */
  purgeKey?: string
  warn?: (message: string) => void
}

const attempts = 3
// Purges made within this window (an import writing thousands of units) leave as one request.
const batchMs = 50
// Keeps each PURGE's xkey header well under common header size limits.
const tagsPerRequest = 200
// A cache that is down is reported once a minute, not once per purge.
const warnEveryMs = 60_000

/**
 * How a change reaches every copy of a public answer. Local listeners are called at once; other
 * instances hear it on a Redis channel; each HTTP cache gets `PURGE /` with the tags in its
 * `xkey` header (what Varnish's xkey module reads), retried twice, without making the editor's
 * save wait for it. This is the fast path: what every instance applies from the outbox
 * (purgeOutbox.ts) is what makes a purge survive Redis or a cache being away.
 */
export function createPurgeBus({ redisUrl, prefix, purgeUrls, purgeKey, warn = console.warn }: PurgeBusOptions): PurgeBus {
  const listeners = new Set<PurgeListener>()
  const instance = crypto.randomUUID()
  const channel = `${prefix}:purge`
  const pending = new Set<Promise<void>>()
  let publisher: Redis | undefined
  let subscriber: Redis | undefined
  const track = (work: Promise<void>) => {
    const tracked = work.finally(() => pending.delete(tracked))
    pending.add(tracked)
  }
  const lastWarned = new Map<string, number>()
  const warnOnce = (key: string, message: string) => {
    if (Date.now() - (lastWarned.get(key) ?? 0) < warnEveryMs) return
    lastWarned.set(key, Date.now())
    warn(message)
  }
  // Tags for every instance and the caches; tags for the caches only.
  let batch = new Set<string>()
  let cacheBatch = new Set<string>()
  let timer: NodeJS.Timeout | undefined

  const notify = (tags: string[], outboxId?: number | string) => {
    for (const listener of listeners) listener(tags, outboxId)
  }

  async function sendHttp(url: string, tags: string[]): Promise<void> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const headers: Record<string, string> = { xkey: tags.join(' ') }
        if (purgeKey) headers['Relais-Purge-Key'] = purgeKey
        const response = await fetch(url, { method: 'PURGE', headers, signal: AbortSignal.timeout(2000) })
        await response.arrayBuffer()
        if (response.ok) return
        if (response.status < 500) {
          warnOnce(
            url,
            `cache purge: ${url} refused the purge (HTTP ${response.status}); is this hub in its purge ACL, with the cache's CACHE_PURGE_KEY?`,
          )
          return
        }
      } catch {
        // Retried below; reported once the attempts are spent.
      }
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
    warnOnce(
      url,
      `cache purge: ${url} did not answer; what it keeps may stay there until its s-maxage (tags ${tags.slice(0, 5).join(' ')}${tags.length > 5 ? ' …' : ''})`,
    )
  }

  function flush(): void {
    clearTimeout(timer)
    timer = undefined
    const tags = [...batch]
    const cacheTags = [...new Set([...tags, ...cacheBatch])]
    batch = new Set()
    cacheBatch = new Set()
    for (const url of purgeUrls) {
      for (let i = 0; i < cacheTags.length; i += tagsPerRequest) track(sendHttp(url, cacheTags.slice(i, i + tagsPerRequest)))
    }
    if (redisUrl && tags.length) {
      // Queued while the connection is being made, so the first purge of a command is not lost.
      publisher ??= new Redis(redisUrl, { maxRetriesPerRequest: 2 }).on('error', () => undefined)
      track(
        publisher
          .publish(channel, JSON.stringify({ from: instance, tags }))
          .then(() => undefined)
          .catch(() =>
            warnOnce(channel, `cache purge: Redis at ${redisUrl} did not take the purge; other instances keep these answers until they expire`),
          ),
      )
    }
  }

  return {
    purge: async (tags, outboxId) => {
      const unique = [...new Set(tags)].filter(Boolean)
      if (unique.length === 0) return
      notify(unique, outboxId)
      if (purgeUrls.length === 0 && !redisUrl) return
      for (const tag of unique) batch.add(tag)
      timer ??= setTimeout(flush, batchMs)
    },
    purgeCaches: (tags) => {
      if (purgeUrls.length === 0) return
      for (const tag of tags) if (tag) cacheBatch.add(tag)
      timer ??= setTimeout(flush, batchMs)
    },
    subscribe: (listener) => {
      listeners.add(listener)
      if (redisUrl && !subscriber) {
        subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null })
        subscriber.on('error', () => undefined)
        void subscriber.subscribe(channel).catch(() => undefined)
        subscriber.on('message', (_channel: string, message: string) => {
          try {
            const { from, tags } = JSON.parse(message) as { from: string; tags: string[] }
            if (from !== instance && Array.isArray(tags)) notify(tags.map(String))
          } catch {
            // Not one of ours.
          }
        })
      }
      return () => listeners.delete(listener)
    },
    settled: async () => {
      flush()
      while (pending.size) await Promise.allSettled([...pending])
    },
    close: async () => {
      flush()
      await Promise.allSettled([...pending])
      for (const client of [publisher, subscriber]) if (client) await client.quit().catch(() => client.disconnect())
    },
  }
}

/**
 * The hub's bus, made by payload.config.ts from the settings and kept in the config's `custom`:
 * the edge subscribes its memory to it, commands close it before they exit (what they changed
 * must reach the other instances and the cache in front first).
 */
export function purgeBusOf(payload: { config: { custom?: Record<string, unknown> } }): PurgeBus {
  const bus = payload.config.custom?.purgeBus
  if (!bus) throw new Error('purgeBusOf: this config was built without the hub purge bus (payload.config.ts keeps it in custom.purgeBus)')
  return bus as PurgeBus
}
