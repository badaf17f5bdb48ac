import type { CollectionConfig, PayloadRequest } from 'payload'

import { publishedOrStaff } from '../src/access/publicReads'
import { schedulePublish } from '../src/admin/schedulePublish'
import { versionsReadLike } from '../src/access/versions'
import { publishShownImages } from './Media/visibility'
import { isAdmin, isNationalStaff } from '../src/access/roles'
import { openingHoursField } from '../src/fields/openingHours'
import { slugField } from '../src/fields/slug'
import { sourcesField } from '../src/fields/sources'
import { checkDepartmentCodes, departmentCodesField } from '../src/fields/territoryCodes'
import { urlField } from '../src/fields/url'
import { requiredInFrench } from '../src/fields/requiredInFrench'
import { localeField } from '../src/fields/localeField'
import {
  channelAvailabilities,
  channelKinds,
  coverageScopes,
  serviceAudiences,
  serviceCategories,
  serviceOperators,
  serviceStatuses,
} from '../src/lib/vocabularies'
import { sayFor } from '../src/lib/editorMessages'

const phoneLike = /^\+?[0-9][0-9 .-]{1,19}$/

export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: { fr: 'Téléservice', en: 'Online service' }, plural: { fr: 'Téléservices', en: 'Online services' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'category', 'status', '_status'],
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
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, localized: true, validate: requiredInFrench },
    {
      name: 'acronym',
      type: 'text',
      label: { fr: 'Sigle', en: 'Acronym' },
      admin: { description: { fr: 'PEL, OTV, THESEE, PERCEVAL, PHAROS…', en: 'PEL, OTV, THESEE, PERCEVAL, PHAROS…' } },
    },
    slugField('name'),
    { name: 'summary', type: 'textarea', label: { fr: 'Résumé', en: 'Summary' }, localized: true, validate: requiredInFrench },
    { name: 'description', type: 'richText', label: { fr: 'Description', en: 'Description' }, localized: true },
    urlField('url', { fr: 'Adresse du service', en: 'Service URL' }, true),
    {
      name: 'category',
      type: 'select',
      label: { fr: 'Catégorie', en: 'Category' },
      required: true,
      options: serviceCategories,
      index: true,
    },
    { name: 'audience', type: 'textarea', label: { fr: 'Pour qui', en: 'Who it is for' }, localized: true },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      label: { fr: 'Publics (pour filtrer)', en: 'Audiences (for filtering)' },
      options: serviceAudiences,
      index: true,
    },
    { name: 'covers', type: 'textarea', label: { fr: 'Ce que couvre le service', en: 'What it covers' }, localized: true },
    {
      name: 'excludes',
      type: 'textarea',
      label: { fr: 'Ce qu’il ne couvre pas', en: 'What it does not cover' },
      localized: true,
    },
    {
      name: 'channels',
      type: 'array',
      label: { fr: 'Canaux', en: 'Channels' },
      labels: { singular: { fr: 'Canal', en: 'Channel' }, plural: { fr: 'Canaux', en: 'Channels' } },
      fields: [
        { name: 'kind', type: 'select', label: { fr: 'Type', en: 'Kind' }, required: true, options: channelKinds },
        {
          name: 'target',
          type: 'text',
          label: { fr: 'Adresse ou numéro', en: 'Address or number' },
          validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { kind?: string } }) => {
            if (value == null || value === '') return true
            const text = String(value)
            if (siblingData?.kind === 'phone' || siblingData?.kind === 'sms') {
              return phoneLike.test(text) ? true : sayFor(req)('phoneInvalid', { value: text })
            }
            return /^https?:\/\/\S+$/.test(text) ? true : sayFor(req)('urlInvalid', { value: text })
          },
        },
        {
          name: 'availability',
          type: 'select',
          label: { fr: 'Disponibilité', en: 'Availability' },
          required: true,
          defaultValue: 'always',
          options: channelAvailabilities,
        },
        openingHoursField('hours'),
        { name: 'note', type: 'text', label: { fr: 'Précision', en: 'Note' }, localized: true },
      ],
    },
    {
      name: 'languages',
      type: 'text',
      hasMany: true,
      label: { fr: 'Langues (codes ISO 639-1)', en: 'Languages (ISO 639-1 codes)' },
      validate: (value: unknown, { req }) => {
        const bad = (Array.isArray(value) ? value : []).filter((code) => !/^[a-z]{2,3}$/.test(String(code)))
        return bad.length ? sayFor(req)('languageCodesInvalid', { codes: bad.join(', ') }) : true
      },
    },
    {
      name: 'languageCount',
      type: 'number',
      label: { fr: 'Nombre de langues proposées', en: 'Number of languages offered' },
      min: 1,
      admin: {
        description: { fr: 'Quand le service en propose plus que la liste ci-dessus.', en: 'When the service offers more than listed above.' },
      },
    },
    {
      name: 'operator',
      type: 'select',
      label: { fr: 'Opérateur', en: 'Operator' },
      required: true,
      options: serviceOperators,
    },
    {
      name: 'coverage',
      type: 'group',
      label: { fr: 'Couverture territoriale', en: 'Territorial coverage' },
      fields: [
        {
          name: 'scope',
          type: 'select',
          label: { fr: 'Étendue', en: 'Scope' },
          required: true,
          defaultValue: 'national',
          options: coverageScopes,
        },
        {
          ...departmentCodesField({
            name: 'departments',
            label: { fr: 'Départements', en: 'Departments' },
            admin: { condition: (_, sibling) => sibling?.scope === 'departments' },
          }),
          validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { scope?: string } }) => {
            const codes = Array.isArray(value) ? value : []
            if (siblingData?.scope === 'departments' && codes.length === 0) return sayFor(req)('coverageDepartmentsRequired')
            return checkDepartmentCodes(sayFor(req), codes)
          },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: { fr: 'État', en: 'Status' },
      required: true,
      defaultValue: 'active',
      index: true,
      // Drafts already own enum_services_status (for _status) on PostgreSQL.
      enumName: 'enum_services_service_status',
      options: serviceStatuses,
      admin: { position: 'sidebar' },
    },
    {
      name: 'replacedBy',
      type: 'relationship',
      relationTo: 'services',
      label: { fr: 'Remplacé par', en: 'Replaced by' },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'replaced' },
      validate: (value: unknown, { data, id, req }: { data: { status?: string }; id?: string | number; req: PayloadRequest }) => {
        if (data?.status !== 'replaced') return true
        if (value == null || value === '') return sayFor(req)('replacedByRequired')
        const target = typeof value === 'object' && value !== null && 'id' in value ? value.id : value
        return id !== undefined && String(target) === String(id) ? sayFor(req)('replacedBySelf') : true
      },
    },
    sourcesField(),
  ],
}
