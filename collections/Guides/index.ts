import { type CollectionConfig, type PayloadRequest, ValidationError } from 'payload'

import { publishedOrStaff } from '../../src/access/publicReads'
import { versionsReadLike } from '../../src/access/versions'
import { isAdmin, isNationalStaff } from '../../src/access/roles'
import { requiredInFrench } from '../../src/fields/requiredInFrench'
import { slugField } from '../../src/fields/slug'
import { guideGraphProblems } from './guideGraph'
import { localeField } from '../../src/fields/localeField'
import { sayFor } from '../../src/lib/editorMessages'

const keyField = {
  name: 'key',
  type: 'text' as const,
  label: { fr: 'Clé', en: 'Key' },
  required: true,
  admin: {
    description: { fr: 'Identifiant court, unique dans le guide (p. ex. « qui »).', en: 'Short identifier, unique in the guide (e.g. "who").' },
  },
  validate: (value: unknown, { req }: { req: PayloadRequest }) =>
    typeof value === 'string' && /^[a-z0-9-]{1,40}$/.test(value) ? true : sayFor(req)('guideKeyInvalid'),
}

/**
 * Step-by-step guides ("who are you → what happened → through which channel → what to do"),
 * shown by the orienteer widget. A save that would strand a reader is refused.
 */
export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: { fr: 'Guide d’orientation', en: 'Guide' }, plural: { fr: 'Guides d’orientation', en: 'Guides' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: { fr: 'Contenus', en: 'Content' } },
  access: {
    read: publishedOrStaff,
    readVersions: versionsReadLike(publishedOrStaff),
    create: ({ req: { user } }) => isNationalStaff(user),
    update: ({ req: { user } }) => isNationalStaff(user),
    delete: ({ req: { user } }) => isAdmin(user),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [
      ({ data, originalDoc, req }) => {
        // A partial update (one locale, one field) is checked as the guide it leaves behind.
        const problems = guideGraphProblems({ ...originalDoc, ...data }, sayFor(req))
        if (problems.length) throw new ValidationError({ collection: 'guides', errors: problems }, req.t)
        return data
      },
    ],
  },
  fields: [
    localeField,
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, localized: true, validate: requiredInFrench },
    slugField('title'),
    { name: 'intro', type: 'textarea', label: { fr: 'Introduction', en: 'Introduction' }, localized: true },
    { name: 'startStep', type: 'text', label: { fr: 'Première étape (clé)', en: 'First step (key)' }, required: true },
    {
      name: 'steps',
      type: 'array',
      label: { fr: 'Questions', en: 'Questions' },
      labels: { singular: { fr: 'Question', en: 'Question' }, plural: { fr: 'Questions', en: 'Questions' } },
      minRows: 1,
      fields: [
        keyField,
        { name: 'question', type: 'text', label: { fr: 'Question', en: 'Question' }, localized: true, validate: requiredInFrench },
        { name: 'help', type: 'textarea', label: { fr: 'Aide', en: 'Help' }, localized: true },
        {
          name: 'answers',
          type: 'array',
          label: { fr: 'Réponses', en: 'Answers' },
          labels: { singular: { fr: 'Réponse', en: 'Answer' }, plural: { fr: 'Réponses', en: 'Answers' } },
          fields: [
            { name: 'label', type: 'text', label: { fr: 'Libellé', en: 'Label' }, localized: true, validate: requiredInFrench },
            {
              name: 'next',
              type: 'text',
              label: { fr: 'Étape ou issue suivante (clé)', en: 'Next step or outcome (key)' },
              required: true,
            },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      type: 'array',
      label: { fr: 'Issues', en: 'Outcomes' },
      labels: { singular: { fr: 'Issue', en: 'Outcome' }, plural: { fr: 'Issues', en: 'Outcomes' } },
      minRows: 1,
      fields: [
        keyField,
        { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, localized: true, validate: requiredInFrench },
        {
          name: 'urgent',
          type: 'checkbox',
          label: { fr: 'Urgence : appeler le 17 ou le 112', en: 'Emergency: call 17 or 112' },
          defaultValue: false,
        },
        { name: 'advice', type: 'textarea', label: { fr: 'Conseils', en: 'Advice' }, localized: true, validate: requiredInFrench },
        { name: 'evidence', type: 'textarea', label: { fr: 'Preuves à conserver', en: 'Evidence to keep' }, localized: true },
        { name: 'services', type: 'relationship', relationTo: 'services', hasMany: true, label: { fr: 'Téléservices', en: 'Online services' } },
        { name: 'sheets', type: 'relationship', relationTo: 'sheets', hasMany: true, label: { fr: 'Fiches pratiques', en: 'Practical sheets' } },
        {
          name: 'suggestUnits',
          type: 'checkbox',
          label: { fr: 'Orienter vers un commissariat ou une brigade', en: 'Point to a police station or gendarmerie unit' },
          defaultValue: false,
        },
      ],
    },
  ],
}
