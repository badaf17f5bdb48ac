import { APIError, type CollectionBeforeOperationHook } from 'payload'

const message =
  'this document has unpublished changes saved as a draft, and a save that does not say "_status" would unpublish it: ' +
  'send "_status": "published" to publish the draft with your changes, or save yours into the draft with ?draft=true'

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A save that says nothing of publication (no `_status`, no `?draft=true`) is applied by Payload
 * to the latest version: over a newer draft, it saved that draft as the document and silently
 * unpublished it. Over REST and GraphQL such a save of a published document with a newer draft
 * is a 409 naming `_status` (the admin always says which it means); anywhere else it goes
 * through as before.
 */
export const refuseUnpublishingSave: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' || req.payloadAPI === 'local' || args.draft || !isPlainObject(args.data) || '_status' in args.data) return args
  const byId = (args as { id?: number | string }).id
  const ids =
    byId !== undefined
      ? [byId]
      : (
          await req.payload.find({
            collection: collection.slug,
            where: args.where,
            depth: 0,
            pagination: false,
            select: {},
            req,
            overrideAccess: false,
          })
        ).docs.map((doc) => doc.id)
  if (ids.length === 0) return args
  const newerDrafts = await req.payload.db.findVersions({
    collection: collection.slug,
    req,
    pagination: false,
    where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
  })
  const parents = newerDrafts.docs.map((version) => version.parent)
  if (parents.length === 0) return args
  const published = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { and: [{ id: { in: parents } }, { _status: { equals: 'published' } }] },
  })
  if (published) throw new APIError(`_status: ${message}`, 409, { errors: [{ path: '_status', message }] }, true)
  return args
}
