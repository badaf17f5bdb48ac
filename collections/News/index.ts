import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { visibleNewsWhere } from '../../src/access/publicReads'
import { schedulePublish } from '../../src/admin/schedulePublish'
import { isLocalEditor, isNationalStaff, isStaff, nationalStaffWrites, userDepartments } from '../../src/access/roles'
import { territoryListFilter, territoryWhere } from '../../src/access/territory'
import { versionsReadLike } from '../../src/access/versions'
import { readOnlyReasonField } from '../../src/fields/readOnlyReason'
import { slugField } from '../../src/fields/slug'
import { checkCommuneCodes, checkDepartmentCodes } from '../../src/fields/territoryCodes'
import { deriveScopeDepartments } from './hooks/deriveScopeDepartments'
import { assertMayChangeNews, guardNewsTerritory, guardNewsTerritoryOnDelete } from './hooks/guardTerritory'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { publishShownImages } from '../Media/visibility'
import { requiredInFrench } from '../../src/fields/requiredInFrench'
import { localeField } from '../../src/fields/localeField'
import { newsCategories, newsScopeLevels, newsSources } from '../../src/lib/vocabularies'
import { sayFor } from '../../src/lib/editorMessages'

/** A local editor works on the news of their departments only, never on national news. */
const localNewsWhere = (user: Parameters<typeof territoryWhere>[0]): Where | boolean => {
  const territory = territoryWhere(user, 'scope.departments')
  if (typeof territory === 'boolean') return territory
  return { and: [{ 'scope.level': { not_equals: 'national' } }, territory] }
}

/** Readers see visible news; a local editor also their territory's drafts; national staff everything. */
const readNews: Access = ({ req: { user } }) => {
  if (isNationalStaff(user)) return true
  const local = localNewsWhere(user)
  if (typeof local === 'object') return { or: [visibleNewsWhere(), local] }
  return visibleNewsWhere()
}

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { fr: 'Actualité', en: 'News item' }, plural: { fr: 'Actualités', en: 'News' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'scope.level', 'category', 'publishedAt', 'expiresAt', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
    baseFilter: territoryListFilter('scope.departments'),
    components: { beforeListTable: ['/src/admin/TerritoryListNotice#TerritoryListNotice'] },
  },
  defaultSort: '-publishedAt',
  indexes: [
    // Lists sort newest first with Payload's createdAt tiebreaker: readers' lists (published
    // only) and editors' (everything) walk these in order and stop at the page's end. Readers'
    // end date is in the index too: a deep page (a sitemap part) skips its offset in the index
    // alone on SQLite, without reading each skipped row for its end date.
    { fields: ['_status', 'publishedAt', 'createdAt', 'expiresAt'] },
    { fields: ['publishedAt', 'createdAt'] },
    // What readers see is counted (totals of lists, national news) from the index alone.
    { fields: ['_status', 'expiresAt'] },
    { fields: ['scope.level', '_status', 'expiresAt'] },
  ],
  access: {
    read: readNews,
    readVersions: versionsReadLike(readNews),
    create: ({ req: { user } }) => isStaff(user),
    update: ({ req: { user } }) => localNewsWhere(user),
    delete: ({ req: { user } }) => localNewsWhere(user),
  },
  versions: { drafts: { schedulePublish }, maxPerDoc: 50 },
  custom: { assertMayChange: assertMayChangeNews },
  hooks: {
    beforeValidate: [deriveScopeDepartments],
    beforeChange: [guardNewsTerritory, stampPublishedAt],
    beforeDelete: [guardNewsTerritoryOnDelete],
    afterChange: [publishShownImages],
  },
  fields: [
    localeField,
    readOnlyReasonField,
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, localized: true, validate: requiredInFrench },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: { fr: 'Chapô', en: 'Summary' }, localized: true, validate: requiredInFrench },
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
          // A local editor starts on their departments and is not offered "national" (kept
          // when a document already has it, so that a read-only national item still shows it).
          defaultValue: ({ user }) => (isLocalEditor(user) ? 'departments' : 'national'),
          filterOptions: ({ options, req, siblingData }) =>
            isLocalEditor(req.user) && (siblingData as { level?: string })?.level !== 'national'
              ? options.filter((option) => (typeof option === 'string' ? option : option.value) !== 'national')
              : options,
          index: true,
          options: newsScopeLevels,
        },
        {
          name: 'departments',
          type: 'text',
          hasMany: true,
          index: true,
          label: { fr: 'Départements', en: 'Departments' },
          defaultValue: ({ user }) => (isLocalEditor(user) ? userDepartments(user) : undefined),
          admin: {
            condition: (_, sibling) => sibling?.level !== 'national',
            description: { fr: 'Déduits des communes quand la portée est communale.', en: 'Derived from the communes when the level is communes.' },
            components: { Field: '/src/admin/NewsDepartmentsField#NewsDepartmentsField' },
          },
          validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { level?: string } }) => {
            const codes = Array.isArray(value) ? value : []
            if (siblingData?.level === 'departments' && codes.length === 0) return sayFor(req)('departmentsRequired')
            return checkDepartmentCodes(sayFor(req), codes)
          },
        },
        {
          name: 'communes',
          type: 'text',
          hasMany: true,
          index: true,
          label: { fr: 'Communes (codes INSEE)', en: 'Communes (INSEE codes)' },
          admin: { condition: (_, sibling) => sibling?.level === 'communes' },
          validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { level?: string } }) => {
            const codes = Array.isArray(value) ? value : []
            if (siblingData?.level === 'communes' && codes.length === 0) return sayFor(req)('communesRequired')
            return checkCommuneCodes(sayFor(req), codes)
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
      validate: (value: unknown, { data, req }: { data: { publishedAt?: string }; req: PayloadRequest }) =>
        value && data?.publishedAt && new Date(String(value)) <= new Date(data.publishedAt) ? sayFor(req)('expiresBeforePublished') : true,
    },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: { fr: 'Unité émettrice', en: 'Issuing unit' } },
    {
      name: 'source',
      type: 'select',
      label: { fr: 'Source', en: 'Source' },
      required: true,
      defaultValue: 'editor',
      options: newsSources,
      access: nationalStaffWrites,
      admin: { position: 'sidebar' },
    },
  ],
}
