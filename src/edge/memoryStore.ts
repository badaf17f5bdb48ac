import { LRUCache } from 'lru-cache'

import type { AnswerStore, CachedAnswer } from './answerStore'

export type MemoryStoreOptions = {
  /** The longest any answer is kept; 0 keeps nothing. */
  ttlSeconds: number
  /** Memory for answers and their compressed copies; least recently used go first. */
  maxBytes: number
  /** Milliseconds of a monotonic clock (tests give a fake one). */
  now?: () => number
}

// What an entry costs beyond its bytes, measured on the hub's own answers (test/edge-cache-memory
// .test.ts): each Buffer's backing store and object, the LRU's slots, the tag index's sets, and per
// header and tag an array and two strings. Counting 512 B let 120,000 small answers, some 6 KB
// each in the process, take 600 MB against a 64 MB setting.
const entryOverhead = 2048
const bufferOverhead = 256
const headerOverhead = 96
const tagOverhead = 160
const textBytes = (text: string) => 2 * text.length
/** What an answer kept under `key` is counted as: its bytes and what holding them costs. */
export const answerWeight = (key: string, answer: CachedAnswer): number => {
  const buffers = [answer.body, answer.encoded.br, answer.encoded.gzip].filter((buffer) => buffer !== undefined)
  let bytes = entryOverhead + textBytes(key) + textBytes(answer.etag)
  for (const buffer of buffers) bytes += buffer.byteLength + bufferOverhead
  for (const [name, value] of answer.headers) bytes += headerOverhead + textBytes(name) + textBytes(value)
  for (const tag of answer.tags) bytes += tagOverhead + textBytes(tag) + textBytes(key)
  return bytes
}

/**
 * The edge's memory of public answers, bounded in bytes (least recently used go first) and in
 * time, and indexed by tag so that a change drops exactly the answers that show it.
 */
export function createMemoryStore({ ttlSeconds, maxBytes, now = () => performance.now() }: MemoryStoreOptions): AnswerStore {
  const byTag = new Map<string, Set<string>>()
  // Each answer in a box of its own: lru-cache weighs a value again only when a new one is set,
  // so an answer that gains a compressed copy is set again in a new box.
  const entries = new LRUCache<string, { answer: CachedAnswer }>({
    maxSize: maxBytes,
    // An answer larger than an eighth of the whole would push out everything else.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: ({ answer }, key) => answerWeight(key, answer),
    ttl: Math.max(1, ttlSeconds) * 1000,
    // Past their lifetime, answers stay (until memory is needed) for stale(): only a purge drops them.
    noDeleteOnStaleGet: true,
    perf: { now },
    dispose: ({ answer }, key, reason) => {
      if (reason === 'set') return
      for (const tag of answer.tags) {
        const keys = byTag.get(tag)
        keys?.delete(key)
        if (keys?.size === 0) byTag.delete(tag)
      }
    },
  })
  return {
    get: (key) => (ttlSeconds > 0 ? entries.get(key)?.answer : undefined),
    stale: (key) => {
      const answer = entries.get(key, { allowStale: true })?.answer
      return answer && (answer.changesAt === undefined || answer.changesAt > Date.now()) ? answer : undefined
    },
    set: (key, answer) => {
      const ttl = Math.min(ttlSeconds, answer.ttlSeconds)
      if (ttl <= 0) return false
      entries.set(key, { answer }, { ttl: ttl * 1000 })
      if (!entries.has(key)) return false
      for (const tag of answer.tags) {
        let keys = byTag.get(tag)
        if (!keys) byTag.set(tag, (keys = new Set()))
        keys.add(key)
      }
      return true
    },
    touch: (key, answer) => {
      if (entries.peek(key)?.answer === answer) entries.set(key, { answer }, { noUpdateTTL: true })
    },
    purge: (tags) => {
      let dropped = 0
      for (const tag of tags) for (const key of [...(byTag.get(tag) ?? [])]) if (entries.delete(key)) dropped += 1
      return dropped
    },
    clear: () => entries.clear(),
    stats: () => ({ entries: entries.size, bytes: entries.calculatedSize }),
  }
}
