import type { ArrayField } from 'payload'

import { urlField } from './url'

/** The official pages a document's facts come from, shown to readers with the document. */
export const sourcesField = (): ArrayField => ({
  name: 'sources',
  type: 'array',
  label: { fr: 'Sources officielles', en: 'Official sources' },
  labels: { singular: { fr: 'Source', en: 'Source' }, plural: { fr: 'Sources', en: 'Sources' } },
  fields: [{ name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, required: true }, urlField('url', { fr: 'Adresse', en: 'URL' }, true)],
})
