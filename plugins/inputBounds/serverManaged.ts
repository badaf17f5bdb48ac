import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

const everyDocument = ['id', 'createdAt', 'updatedAt']
// What Payload reads from an uploaded file; it keeps a client's values when no file comes with them.
const everyUpload = ['filesize', 'width', 'height', 'mimeType', 'thumbnailURL']

/**
 * Fields the hub sets and no client writes, whoever they are: a document's id (SQLite took a
 * given id, so a create could take over an old one's links) and timestamps (a local editor
 * back-dated news with `createdAt`), and what an image's file says of itself. Dropped from what
 * REST, GraphQL and the admin send, as Payload drops any field its client may not write; scripts
 * on the Local API (the seed, importers) are trusted code.
 */
export function withoutServerManaged(req: PayloadRequest, collection: SanitizedCollectionConfig, data: unknown): unknown {
  if (req.payloadAPI === 'local' || typeof data !== 'object' || data === null || Array.isArray(data)) return data
  const managed = collection.upload ? [...everyDocument, ...everyUpload] : everyDocument
  if (!managed.some((name) => name in data)) return data
  return Object.fromEntries(Object.entries(data).filter(([name]) => !managed.includes(name)))
}
