import { LRUCache } from 'lru-cache'

import type { EdgeRoute } from './route'

/** What reading an anonymous read's target gave: its route, the route's parameters, and the target in its one spelling. */
export type Reading = {
  route: EdgeRoute
  params: Record<string, string>
  /** The canonical URL on the public origin: what the handler is asked. */
  href: string
  /** Its canonical path and query: what the public cache keys on. */
  key: string
}

/** Memory for readings: thousands of targets, however long each is. */
const maxBytes = 8 * 1024 * 1024

/**
 * The readings of the targets anonymous readers asked, by method and raw target. Reading a target
 * (the URL, the path decoded once, the query through qs and the route's schema, the canonical
 * query written back) is a pure function of the target, and cost an edge hit more than the rest
 * of it: a hit is a target asked before, so the edge reads each once. Only targets that read
 * cleanly are kept; a refused one is read again each time, and says why each time.
 */
export function createReadings(bytes = maxBytes) {
  const kept = new LRUCache<string, Reading>({
    maxSize: bytes,
    // Both strings in UTF-16, and the entry's own objects.
    sizeCalculation: (reading, name) => 2 * (name.length + reading.href.length + reading.key.length) + 512,
  })
  const name = (method: string, target: string) => `${method} ${target}`
  return {
    get: (method: string, target: string): Reading | undefined => kept.get(name(method, target)),
    set: (method: string, target: string, reading: Reading): void => void kept.set(name(method, target), reading),
    size: () => kept.size,
  }
}

export type Readings = ReturnType<typeof createReadings>
