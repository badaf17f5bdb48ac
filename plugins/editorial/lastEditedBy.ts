import type { CollectionBeforeChangeHook, CollectionConfig, RelationshipField } from 'payload'

import { isStaff } from '../../src/access/roles'

/** Who saved the latest version: what "my drafts" on the dashboard is made of. Staff only, never readers. */
export const lastEditedByField: RelationshipField = {
  name: 'lastEditedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { fr: 'Dernière modification par', en: 'Last edited by' },
  access: { read: ({ req: { user } }) => isStaff(user), create: () => false, update: () => false },
  // Hidden until someone has saved the document (the seed and imports save as nobody).
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.lastEditedBy) },
}

/**
 * Field access keeps clients from writing it; the hook writes it from the session. A save
 * without a user (the seed, an import) keeps the previous editor; a scheduled publication
 * runs as the editor who scheduled it.
 */
const stampLastEditor: CollectionBeforeChangeHook = ({ data, req }) =>
  req.user?.collection === 'users' ? { ...data, lastEditedBy: req.user.id } : data

/** The field on every collection with drafts; `stamp: false` keeps the field (the schema) without filling it. */
export function withLastEditedBy(collection: CollectionConfig, stamp = true): CollectionConfig {
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, lastEditedByField],
    hooks: stamp ? { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), stampLastEditor] } : hooks,
  }
}
