import type { Encoding } from './encoding'

/** A public answer as the edge keeps it: the bytes, their validators and the tags of what they show. */
export type CachedAnswer = {
  status: 200
  /** Lower-case names, ready to send. */
  headers: [string, string][]
  body: Buffer
  etag: string
  tags: string[]
  /** Compressed copies, made on first demand. */
  encoded: Partial<Record<Exclude<Encoding, 'identity'>, Buffer>>
  /** How long it may be kept: the edge's shared lifetime, or less when the handler knows it ends sooner. */
  ttlSeconds: number
  /** When what it shows changes without a save (a news item's expiry), in ms: no cache may keep it past that. */
  changesAt?: number
}

/**
 * Where the edge keeps public answers, by key (path and query). The edge's memory is one
 * (memoryStore.ts); a store shared by instances would be another. A store drops an answer when
 * its lifetime ends or when a purge names one of its tags; it may drop any answer sooner.
 */
export type AnswerStore = {
  get: (key: string) => CachedAnswer | undefined
  /**
   * An answer past its lifetime that no purge dropped and whose scheduled change has not come,
   * while memory allows: served only when computing it again fails (stale-if-error).
   */
  stale: (key: string) => CachedAnswer | undefined
  /** Keeps an answer for its lifetime; false when it is not kept (no lifetime, or too large). */
  set: (key: string, answer: CachedAnswer) => boolean
  /** Re-weighs a kept answer that gained a compressed copy. */
  touch: (key: string, answer: CachedAnswer) => void
  /** Drops every answer showing one of these tags; returns how many. */
  purge: (tags: string[]) => number
  clear: () => void
  stats: () => { entries: number; bytes: number }
}
