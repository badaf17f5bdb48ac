import { LRUCache } from 'lru-cache'

import type { Answer } from './answer'
import type { AnswerStore, CachedAnswer } from './answerStore'
import { encode, type Encoding } from './encoding'

/** What a computation gave: an answer every anonymous reader may share, or one to send as it is. */
export type Computed = { shared: CachedAnswer } | { other: Answer }

/** Whether one of these tags was purged since the computation began: what it read may be old. */
export type PurgedSinceStart = (tags: string[]) => boolean

export type PublicCache = {
  get: (key: string) => CachedAnswer | undefined
  /** A kept answer past its lifetime, for when computing it again fails (stale-if-error). */
  stale: (key: string) => CachedAnswer | undefined
  /**
   * The answer for `key`, computed once however many readers ask at the same time: they all
   * wait for the one computation and share its result. A shared answer is kept in the store,
   * unless one of its tags was purged while it was being computed.
   */
  compute: (key: string, run: (purgedSinceStart: PurgedSinceStart) => Promise<Computed>) => Promise<Computed>
  /** A compressed copy of a kept answer, made on first demand and kept beside it. */
  variant: (key: string, answer: CachedAnswer, encoding: Exclude<Encoding, 'identity'>) => Buffer
  /** Drops the answers showing these tags, and remembers when, for computations under way. */
  purge: (tags: string[]) => number
  clear: () => void
  stats: () => { entries: number; bytes: number }
}

// Long enough to outlive any computation that started before a purge.
const purgeMemoryMs = 10 * 60_000

/**
 * The edge's public cache over a store: reads, one computation per key, and the guard that a
 * purge arriving during a computation wins (the computation may have read the data before the
 * change: its answer is sent to the readers who waited, marked no-store, and not kept).
 */
export function createPublicCache(store: AnswerStore, { now = () => performance.now() }: { now?: () => number } = {}): PublicCache {
  const purgedAt = new LRUCache<string, number>({ max: 100_000, ttl: purgeMemoryMs, perf: { now } })
  const inFlight = new Map<string, Promise<Computed>>()
  const purgedSince = (tags: string[], since: number) => tags.some((tag) => (purgedAt.get(tag) ?? -1) >= since)

  return {
    get: store.get,
    stale: store.stale,
    compute: (key, run) => {
      let flight = inFlight.get(key)
      if (!flight) {
        const startedAt = now()
        flight = (async (): Promise<Computed> => {
          const result = await run((tags) => purgedSince(tags, startedAt))
          if ('shared' in result && !purgedSince(result.shared.tags, startedAt)) store.set(key, result.shared)
          return result
        })().finally(() => inFlight.delete(key))
        inFlight.set(key, flight)
      }
      return flight
    },
    variant: (key, answer, encoding) => {
      let encoded = answer.encoded[encoding]
      if (!encoded) {
        encoded = answer.encoded[encoding] = encode(answer.body, encoding)
        store.touch(key, answer)
      }
      return encoded
    },
    purge: (tags) => {
      const at = now()
      for (const tag of tags) purgedAt.set(tag, at)
      return store.purge(tags)
    },
    clear: store.clear,
    stats: store.stats,
  }
}
