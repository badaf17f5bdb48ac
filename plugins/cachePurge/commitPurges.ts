import type { Payload, PayloadRequest } from 'payload'

type Purge = (tags: string[]) => Promise<void>
type TransactionId = string | number

/**
 * Purges that wait for the change to be committed. Payload runs afterChange hooks inside the
 * operation's transaction: purging there would let a reader recompute (and the caches keep) the
 * old content before the commit. So tags are held per transaction and purged once the database
 * adapter has committed it, and dropped if it rolls back. Outside a transaction (MongoDB without
 * a replica set, some Local API calls) the data is already written: they are purged at once.
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
        await commit(id)
        const tags = key === undefined || key === null ? undefined : pending.get(key)
        if (!tags) return
        pending.delete(key)
        await purge([...tags])
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
      if (id === undefined || id === null || !req.payload.db.sessions?.[String(id)]) return purge(tags)
      let held = pending.get(id)
      if (!held) pending.set(id, (held = new Set()))
      for (const tag of tags) held.add(tag)
    },
  }
}
