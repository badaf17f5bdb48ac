import type { CollectionConfig } from 'payload'

export const purgeOutboxSlug = 'purge-outbox'

/**
 * What each committed change must drop from the caches, written in the change's own transaction:
 * a row exists if and only if the change committed. Every instance applies the rows in id order
 * from the last one applied (src/edge/purgeOutbox.ts), so a purge survives Redis, a cache or an
 * instance being away. Internal: no admin view, no API, no GraphQL.
 */
export const PurgeOutbox: CollectionConfig = {
  slug: purgeOutboxSlug,
  graphQL: false,
  admin: { hidden: true },
  lockDocuments: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [{ name: 'tags', type: 'json', required: true }],
}
