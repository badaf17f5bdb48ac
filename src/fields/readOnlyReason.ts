import type { UIField } from 'payload'

/** Shows, above a document a local editor may read but not change, why (src/admin/ReadOnlyReason.tsx). */
export const readOnlyReasonField: UIField = {
  name: 'readOnlyReason',
  type: 'ui',
  label: { fr: 'Pourquoi en lecture seule', en: 'Why read-only' },
  // A notice above the form, not a value: no column in the lists.
  admin: { components: { Field: '/src/admin/ReadOnlyReason#ReadOnlyReason' }, disableListColumn: true },
}
