import type { CollectionConfig, Where } from 'payload'

import { visibleNewsWhere } from '../../src/access/publicReads'
import { isNationalStaff, isStaff, nationalStaffWrites } from '../../src/access/roles'
import { territoryWhere } from '../../src/access/territory'
import { slugField } from '../../src/fields/slug'
import { checkCommuneCodes, checkDepartmentCodes } from '../../src/fields/territoryCodes'
import { deriveScopeDepartments } from './hooks/deriveScopeDepartments'
import { guardNewsTerritory, guardNewsTerritoryOnDelete } from './hooks/guardTerritory'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { requiredInFrench } from '../../src/fields/requiredInFrench'
import { localeField } from '../../src/fields/localeField'

export const newsCategories = [
  { value: 'prevention', label: { fr: 'Prévention', en: 'Prevention' } },
  { value: 'alert', label: { fr: 'Alerte', en: 'Alert' } },
  { value: 'service', label: { fr: 'Vie des services', en: 'Service update' } },
  { value: 'event', label: { fr: 'Événement', en: 'Event' } },
  { value: 'recruitment', label: { fr: 'Recrutement', en: 'Recruitment' } },
]

/** A local editor works on the news of their departments only, never on national news. */
const localNewsWhere = (user: Parameters<typeof territoryWhere>[0]): Where | boolean => {
  const territory = territoryWhere(user, 'scope.departments')
  if (typeof territory === 'boolean') return territory
  return { and: [{ 'scope.level': { not_equals: 'national' } }, territory] }
}

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { fr: 'Actualité', en: 'News item' }, plural: { fr: 'Actualités', en: 'News' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'scope.level', 'category', 'publishedAt', 'expiresAt', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  defaultSort: '-publishedAt',
  access: {
    read: ({ req: { user } }) => {
      if (isNationalStaff(user)) return true
      const local = localNewsWhere(user)
      if (typeof local === 'object') return { or: [visibleNewsWhere(), local] }
      return visibleNewsWhere()
    },
    readVersions: ({ req: { user } }) => isStaff(user),
    create: ({ req: { user } }) => isStaff(user),
    update: ({ req: { user } }) => localNewsWhere(user),
    delete: ({ req: { user } }) => localNewsWhere(user),
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [deriveScopeDepartments],
    beforeChange: [guardNewsTerritory, stampPublishedAt],
    beforeDelete: [guardNewsTerritoryOnDelete],
  },
  fields: [
    localeField,
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, localized: true, validate: requiredInFrench('title') },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: { fr: 'Chapô', en: 'Summary' }, localized: true, validate: requiredInFrench('summary') },
    { name: 'body', type: 'richText', label: { fr: 'Contenu', en: 'Body' }, localized: true },
    { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Image', en: 'Image' } },
    {
      name: 'scope',
      type: 'group',
      label: { fr: 'Diffusion', en: 'Scope' },
      fields: [
        {
          name: 'level',
          type: 'select',
          label: { fr: 'Portée', en: 'Level' },
          required: true,
          defaultValue: 'national',
          index: true,
          options: [
            { value: 'national', label: { fr: 'Nationale', en: 'National' } },
            { value: 'departments', label: { fr: 'Départements', en: 'Departments' } },
            { value: 'communes', label: { fr: 'Communes', en: 'Communes' } },
          ],
        },
        {
          name: 'departments',
          type: 'text',
          hasMany: true,
          index: true,
          label: { fr: 'Départements', en: 'Departments' },
          admin: {
            condition: (_, sibling) => sibling?.level !== 'national',
            description: { fr: 'Déduits des communes quand la portée est communale.', en: 'Derived from the communes when the level is communes.' },
          },
          validate: (value: unknown, { siblingData }: { siblingData: { level?: string } }) => {
            const codes = Array.isArray(value) ? value : []
            if (siblingData?.level === 'departments' && codes.length === 0) {
              return 'scope.departments: list at least one department'
            }
            return checkDepartmentCodes('scope.departments', codes)
          },
        },
        {
          name: 'communes',
          type: 'text',
          hasMany: true,
          index: true,
          label: { fr: 'Communes (codes INSEE)', en: 'Communes (INSEE codes)' },
          admin: { condition: (_, sibling) => sibling?.level === 'communes' },
          validate: (value: unknown, { siblingData }: { siblingData: { level?: string } }) => {
            const codes = Array.isArray(value) ? value : []
            if (siblingData?.level === 'communes' && codes.length === 0) {
              return 'scope.communes: list at least one commune INSEE code'
            }
            return checkCommuneCodes('scope.communes', codes)
          },
        },
      ],
    },
    { name: 'category', type: 'select', label: { fr: 'Catégorie', en: 'Category' }, required: true, options: newsCategories, index: true },
    {
      name: 'publishedAt',
      type: 'date',
      label: { fr: 'Date de publication', en: 'Publish date' },
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: {
          fr: 'Fixée à la première publication (immédiate ou programmée) : c’est la date que voient les lecteurs.',
          en: 'Set when the item is first published (now or as scheduled): the date readers see.',
        },
      },
    },
    {
      name: 'expiresAt',
      type: 'date',
      label: { fr: 'Date d’expiration', en: 'Expiry date' },
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: { fr: 'Après cette date, l’actualité n’est plus diffusée.', en: 'After this date the news item is no longer shown.' },
      },
      validate: (value: unknown, { data }: { data: { publishedAt?: string } }) =>
        value && data?.publishedAt && new Date(String(value)) <= new Date(data.publishedAt)
          ? 'expiresAt: must be after publishedAt'
          : true,
    },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: { fr: 'Unité émettrice', en: 'Issuing unit' } },
    {
      name: 'source',
      type: 'select',
      label: { fr: 'Source', en: 'Source' },
      required: true,
      defaultValue: 'editor',
      options: [
        { value: 'editor', label: { fr: 'Rédaction', en: 'Editorial' } },
        { value: 'demo', label: { fr: 'Démonstration (fictif)', en: 'Demo (fictitious)' } },
      ],
      access: nationalStaffWrites,
      admin: { position: 'sidebar' },
    },
  ],
}
