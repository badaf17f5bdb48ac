import type { TextField } from 'payload'

/**
 * The language a document was read in, on every localized type: what tells a client's cache
 * that `Sheet 12` in French and `Sheet 12` in English are two objects. Apollo Client keys them
 * with `typePolicies: { Sheet: { keyFields: ['id', 'locale'] } }` (see docs/partners.md). Computed
 * when read, never stored.
 */
export const localeField: TextField = {
  name: 'locale',
  type: 'text',
  virtual: true,
  label: { fr: 'Langue de lecture', en: 'Language read' },
  admin: { hidden: true },
  access: { create: () => false, update: () => false },
  hooks: { afterRead: [({ req }) => (req.locale && req.locale !== 'all' ? req.locale : undefined)] },
}
