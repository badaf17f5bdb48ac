import type { CollectionSlug, Payload } from 'payload'

type Id = number | string

export type SeedRecord = { recordId: Id; documentId: Id }

export type SeedRecords = {
  /** What the seed once created under this key (`services:pnav`), if anything. */
  get: (key: string) => SeedRecord | undefined
  /** Remembers that the document under this key is `documentId`, once and for all. */
  remember: (key: string, documentId: Id) => Promise<void>
}

export const seedKey = (collection: CollectionSlug, identifier: string): string => `${collection}:${identifier}`

/** The seed's memory, read once per run (a few dozen rows). */
export async function loadSeedRecords(payload: Payload): Promise<SeedRecords> {
  const { docs } = await payload.find({ collection: 'seed-records', pagination: false, depth: 0 })
  // Ids are numbers on the SQL adapters and strings on MongoDB; the record keeps their text.
  const toId = (text: string): Id => (payload.db.defaultIDType === 'number' ? Number(text) : text)
  const byKey = new Map<string, SeedRecord>(docs.map((doc) => [doc.key, { recordId: doc.id, documentId: toId(doc.documentId) }]))
  return {
    get: (key) => byKey.get(key),
    remember: async (key, documentId) => {
      const existing = byKey.get(key)
      if (existing && String(existing.documentId) === String(documentId)) return
      const data = { key, documentId: String(documentId) }
      const record = existing
        ? await payload.update({ collection: 'seed-records', id: existing.recordId, data, depth: 0 })
        : await payload.create({ collection: 'seed-records', data, depth: 0 })
      byKey.set(key, { recordId: record.id, documentId })
    },
  }
}
