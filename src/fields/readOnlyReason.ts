import type { UIField } from 'payload'

/** Shows, above a document a local editor may read but not change, why (src/admin/ReadOnlyReason.tsx). */
export const readOnlyReasonField: UIField = {
  name: 'readOnlyReason',
  type: 'ui',
  admin: { components: { Field: '/src/admin/ReadOnlyReason#ReadOnlyReason' } },
}
