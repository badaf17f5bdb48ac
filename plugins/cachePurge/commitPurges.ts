import type { Payload, PayloadRequest } from 'payload'

import { purgeOutboxSlug } from './PurgeOutbox'

/** Purges the tags at once; `outboxId` is the row that holds them, which this instance need not apply again. */
type Purge = (tags: string[], outboxId: number | string) => Promise<void>
type TransactionId = string | number

/** One outbox row, in the transaction when there is one; its id. */
const record = async (payload: Payload, tags: string[], transactionID?: TransactionId): Promise<number | string> => {
  const row = await payload.db.create({
    collection: purgeOutboxSlug,
    data: { tags },
    req: transactionID === undefined ? undefined : { transactionID },
  })
  return row.id as number | string
}

/**
 * Purges that wait for the change to be committed, and survive anything failing after it.
 * Payload runs afterChange hooks inside the operation's transaction: purging there would let a
 * reader recompute (and the caches keep) the old content before the commit. So tags are held per
 * transaction, written to the outbox (PurgeOutbox.ts) inside it just before its COMMIT, and purged
 * at once after it (the fast path; every instance also applies the outbox); dropped if it rolls
 * back. Outside a transaction (MongoDB without a replica set, some Local API calls) the data is
 * already written: the row is written and the tags purged at once.
 */
export function createCommitPurges(purge: Purge) {
  const pending = new Map<TransactionId, Set<string>>()
  return {
    /** Wraps the adapter's commit and rollback, once per Payload instance. */
    install(payload: Payload): void {
      const db = payload.db as Payload['db'] & { relaisPurgesInstalled?: boolean }
      if (db.relaisPurgesInstalled || !db.commitTransaction) return
      db.relaisPurgesInstalled = true
      const commit = db.commitTransaction.bind(db)
      const rollback = db.rollbackTransaction.bind(db)
      db.commitTransaction = async (id) => {
        const key = await id
        const tags = key === undefined || key === null ? undefined : pending.get(key)
        let row: number | string | undefined
        if (tags) {
          pending.delete(key)
          // A failure here fails the operation, which Payload then rolls back: no change without its row.
          row = await record(payload, [...tags], key)
        }
        await commit(id)
        if (tags && row !== undefined) await purge([...tags], row)
      }
      db.rollbackTransaction = async (id) => {
        const key = await id
        if (key !== undefined && key !== null) pending.delete(key)
        await rollback(id)
      }
    },
    async after(req: PayloadRequest, tags: string[]): Promise<void> {
      if (tags.length === 0) return
      const id = await req.transactionID
      if (id === undefined || id === null || !req.payload.db.sessions?.[String(id)]) {
        return purge(tags, await record(req.payload, tags))
      }
      let held = pending.get(id)
      if (!held) pending.set(id, (held = new Set()))
      for (const tag of tags) held.add(tag)
    },
  }
}
