import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `publishedAt` is the moment readers first saw the item: the hub sets it when the item is
 * first published (by an editor or by its scheduled publication) and keeps it afterwards, so
 * readers, feeds, widgets and editors all see the one real date. What REST and GraphQL clients
 * send is ignored (the admin shows it read-only); scripts on the Local API (the seed, an import
 * of items first published elsewhere) may give the date an item was first published.
 */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const given = req.payloadAPI === 'local' ? data.publishedAt : undefined
  const kept = given || originalDoc?.publishedAt
  if (kept) return { ...data, publishedAt: kept }
  return { ...data, publishedAt: data._status === 'published' ? new Date().toISOString() : null }
}
