import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../src/access/publicReads'
import { schedulePublish } from '../src/admin/schedulePublish'
import { versionsReadLike } from '../src/access/versions'
import { publishShownImages } from './Media/visibility'
import { isAdmin, isNationalStaff } from '../src/access/roles'
import { slugField } from '../src/fields/slug'
import { sourcesField } from '../src/fields/sources'
import { requiredInFrench } from '../src/fields/requiredInFrench'
import { localeField } from '../src/fields/localeField'
import { dayDateField } from '../src/fields/dayDate'
import { dayAtNoonUtc } from '../src/lib/calendarDay'
import { sheetAudiences, sheetThemes } from '../src/lib/vocabularies'

export const Sheets: CollectionConfig = {
  slug: 'sheets',
  labels: { singular: { fr: 'Fiche pratique', en: 'Practical sheet' }, plural: { fr: 'Fiches pratiques', en: 'Practical sheets' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'themes', 'lastSignificantUpdate', 'reviewDueDate', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  access: {
    read: publishedOrStaff,
    readVersions: versionsReadLike(publishedOrStaff),
    create: ({ req: { user } }) => isNationalStaff(user),
    update: ({ req: { user } }) => isNationalStaff(user),
    delete: ({ req: { user } }) => isAdmin(user),
  },
  versions: { drafts: { schedulePublish }, maxPerDoc: 50 },
  hooks: { afterChange: [publishShownImages] },
  fields: [
    localeField,
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, localized: true, validate: requiredInFrench },
    slugField('title'),
    {
      name: 'themes',
      type: 'select',
      hasMany: true,
      label: { fr: 'Thèmes', en: 'Themes' },
      options: sheetThemes,
      required: true,
      index: true,
    },
    { name: 'summary', type: 'textarea', label: { fr: 'Chapô', en: 'Summary' }, localized: true, validate: requiredInFrench },
    { name: 'body', type: 'richText', label: { fr: 'Contenu', en: 'Body' }, localized: true },
    {
      name: 'relatedServices',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      label: { fr: 'Téléservices associés', en: 'Related online services' },
    },
    {
      name: 'relatedSheets',
      type: 'relationship',
      relationTo: 'sheets',
      hasMany: true,
      label: { fr: 'Fiches liées', en: 'Related sheets' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'audience', type: 'select', hasMany: true, label: { fr: 'Public', en: 'Audience' }, options: sheetAudiences },
    sourcesField(),
    dayDateField({
      name: 'lastSignificantUpdate',
      label: { fr: 'Dernière modification importante', en: 'Last significant update' },
      required: true,
      defaultValue: () => dayAtNoonUtc(new Date()),
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Affichée aux lecteurs (« Vérifié le … »). Ne la changez que si le fond change.',
          en: 'Shown to readers. Change it only when the substance changes.',
        },
      },
    }),
    dayDateField({
      name: 'reviewDueDate',
      label: { fr: 'À relire avant le', en: 'Review due' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Le jour venu, la fiche est signalée « à relire » dans la liste et sur le tableau de bord, et rappelée chaque matin aux éditeurs nationaux.',
          en: 'From that day on, the sheet is flagged "review due" in the list and on the dashboard, and the national editors get a reminder each morning.',
        },
        components: { Cell: '/src/admin/ReviewDueCell#ReviewDueCell' },
      },
    }),
  ],
}
