import type { Payload } from 'payload'

import { documentTags } from './documentTags'

// setTimeout's largest delay; a later expiry is looked up again when it fires.
const longestDelay = 2 ** 31 - 1

/**
 * A news item that expires changes nothing in the database, so no hook purges the answers that
 * show it. This watcher sleeps until the next published item's expiry date, purges the tags of
 * every item that expired since it last looked, and sleeps again; each news change re-reads the
 * next date. Its timer never keeps a command alive.
 */
export function createNewsExpiryWatcher(purge: (tags: string[]) => Promise<void>) {
  let payload: Payload | undefined
  let timer: NodeJS.Timeout | undefined
  let since = new Date()
  let rearming: Promise<void> | undefined
  let readAgain = false
  // The next expiry dates read, in ms, soonest first: answers showing news are kept no longer
  // than the first still to come (several, so that one passing needs no read to know the next).
  let upcoming: number[] = []

  async function expireDue(): Promise<void> {
    if (!payload) return
    const now = new Date()
    const { docs } = await payload.find({
      collection: 'news',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { expiresAt: { greater_than: since.toISOString() } },
          { expiresAt: { less_than_equal: now.toISOString() } },
        ],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { scope: true, expiresAt: true },
    })
    since = now
    if (docs.length) await purge(docs.flatMap((doc) => documentTags('news', doc)))
  }

  async function arm(): Promise<void> {
    if (!payload) return
    clearTimeout(timer)
    const { docs } = await payload.find({
      collection: 'news',
      where: { and: [{ _status: { equals: 'published' } }, { expiresAt: { greater_than: since.toISOString() } }] },
      sort: 'expiresAt',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      select: { expiresAt: true },
    })
    upcoming = docs.map((doc) => Date.parse(doc.expiresAt as string))
    const next = docs[0]?.expiresAt
    if (!next) return
    timer = setTimeout(
      () => {
        void expireDue()
          .then(arm)
          .catch((error) => payload?.logger.warn(`news expiry: ${(error as Error).message}`))
      },
      Math.min(Math.max(0, Date.parse(next) - Date.now()), longestDelay),
    )
    timer.unref()
  }

  return {
    start(instance: Payload): void {
      payload = instance
      since = new Date()
      // A database whose migrations have not run yet (`npm run seed` on a new file) has no news
      // to read: nothing can expire there, and the first news item saved arms the watcher.
      rearming = arm()
        .catch((error) => payload?.logger.debug(`news expiry: not armed at start: ${(error as Error).message}`))
        .finally(() => (rearming = undefined))
    },
    /**
     * Reads the next expiry date again (after a news item changed). Calls during a read share
     * one more read after it: the read under way may have missed their change.
     */
    rearm(): Promise<void> {
      if (rearming) {
        readAgain = true
        return rearming
      }
      rearming = (async () => {
        do {
          readAgain = false
          await arm()
        } while (readAgain)
      })()
        .catch((error) => payload?.logger.warn(`news expiry: ${(error as Error).message}`))
        .finally(() => (rearming = undefined))
      return rearming
    },
    /** When the next published news item expires (ms), of those read. */
    nextExpiry(): number | undefined {
      const now = Date.now()
      return upcoming.find((at) => at > now)
    },
    stop(): void {
      clearTimeout(timer)
      payload = undefined
    },
  }
}
