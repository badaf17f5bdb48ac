import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/roles'

/**
 * One row per document `npm run seed` has created (or found already there), so that a document
 * an editor deleted is never created again. Written by the seed only; admins can read the list
 * and delete a row to let the next seed create that document again. Kept out of the GraphQL
 * schema partners build against.
 */
export const SeedRecords: CollectionConfig = {
  slug: 'seed-records',
  labels: {
    singular: { fr: 'Trace du contenu initial', en: 'Seed record' },
    plural: { fr: 'Traces du contenu initial', en: 'Seed records' },
  },
  graphQL: false,
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'documentId', 'createdAt'],
    group: { fr: 'Administration', en: 'Administration' },
    hidden: ({ user }) => !isAdmin(user),
    description: {
      fr: 'Ce que « npm run seed » a créé. Un document supprimé depuis n’est pas recréé ; supprimez sa trace pour que le prochain seed le recrée.',
      en: 'What "npm run seed" created. A document deleted since is not created again; delete its record for the next seed to create it again.',
    },
  },
  access: {
    read: ({ req: { user } }) => isAdmin(user),
    delete: ({ req: { user } }) => isAdmin(user),
    create: () => false,
    update: () => false,
  },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Clé', en: 'Key' },
      admin: {
        readOnly: true,
        description: { fr: 'collection:identifiant (slug, identifiant public ou courriel)', en: 'collection:identifier (slug, public id or email)' },
      },
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      label: { fr: 'Identifiant du document créé', en: 'Id of the created document' },
      admin: { readOnly: true },
    },
  ],
}
