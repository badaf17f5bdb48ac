import { LRUCache } from 'lru-cache'

/** A public answer as the edge keeps it: the bytes, their validators and the tags they show. */
export type CachedAnswer = {
  status: number
  headers: [string, string][]
  body: Buffer
  etag: string
  tags: string[]
  /** Compressed copies, made on first demand. */
  encoded: Partial<Record<'br' | 'gzip', Buffer>>
  /** How long it may be kept, when shorter than the cache's own delay. */
  ttlSeconds?: number
}

export type MemoryCache = {
  get: (key: string) => CachedAnswer | undefined
  /** Keeps an answer computed since `startedAt`, unless one of its tags was purged meanwhile. */
  set: (key: string, answer: CachedAnswer, startedAt: number) => boolean
  /** Whether one of these tags was purged at or after `since` (a computation that began before saw old data). */
  purgedSince: (tags: string[], since: number) => boolean
  /** Re-weighs an answer that gained a compressed copy. */
  touch: (key: string, answer: CachedAnswer) => void
  purge: (tags: string[]) => number
  clear: () => void
  stats: () => { entries: number; bytes: number }
}

const weight = (answer: CachedAnswer): number =>
  answer.body.byteLength + (answer.encoded.br?.byteLength ?? 0) + (answer.encoded.gzip?.byteLength ?? 0) + 512

/**
 * The edge's memory of public answers, bounded in bytes (least recently used go first) and in
 * time, and indexed by tag so that a change drops exactly the answers that show it.
 */
export function createMemoryCache({ ttlSeconds, maxBytes }: { ttlSeconds: number; maxBytes: number }): MemoryCache {
  const byTag = new Map<string, Set<string>>()
  // Long enough to outlive any computation that started before a purge.
  const purgedAt = new LRUCache<string, number>({ max: 100_000, ttl: 10 * 60_000 })
  const entries = new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    // An answer larger than an eighth of the whole would push out everything else.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: weight,
    ttl: Math.max(1, ttlSeconds) * 1000,
    dispose: (answer, key, reason) => {
      if (reason === 'set') return
      for (const tag of answer.tags) {
        const keys = byTag.get(tag)
        keys?.delete(key)
        if (keys?.size === 0) byTag.delete(tag)
      }
    },
  })
  const purgedSince = (tags: string[], since: number) => tags.some((tag) => (purgedAt.get(tag) ?? -1) >= since)
  return {
    get: (key) => (ttlSeconds > 0 ? entries.get(key) : undefined),
    set: (key, answer, startedAt) => {
      const ttl = Math.min(ttlSeconds, answer.ttlSeconds ?? ttlSeconds)
      if (ttl <= 0 || purgedSince(answer.tags, startedAt)) return false
      entries.set(key, answer, { ttl: ttl * 1000 })
      if (!entries.has(key)) return false
      for (const tag of answer.tags) {
        let keys = byTag.get(tag)
        if (!keys) byTag.set(tag, (keys = new Set()))
        keys.add(key)
      }
      return true
    },
    purgedSince,
    touch: (key, answer) => {
      if (entries.peek(key) === answer) entries.set(key, answer, { noUpdateTTL: true })
    },
    purge: (tags) => {
      const now = performance.now()
      let dropped = 0
      for (const tag of tags) {
        purgedAt.set(tag, now)
        for (const key of [...(byTag.get(tag) ?? [])]) if (entries.delete(key)) dropped += 1
      }
      return dropped
    },
    clear: () => entries.clear(),
    stats: () => ({ entries: entries.size, bytes: entries.calculatedSize }),
  }
}
