import type { CollectionConfig, PayloadRequest, Validate } from 'payload'

import { isNationalStaff, isStaff, nationalStaffWrites } from '../../src/access/roles'
import { territoryListFilter, territoryWhere } from '../../src/access/territory'
import { readOnlyReasonField } from '../../src/fields/readOnlyReason'
import { openingHoursField } from '../../src/fields/openingHours'
import { checkCommuneCodes, checkDepartmentCodes } from '../../src/fields/territoryCodes'
import { urlField } from '../../src/fields/url'
import { deriveDepartment } from './hooks/deriveDepartment'
import { guardUnitTerritory } from './hooks/guardTerritory'
import { refreshIndexAfterChange, refreshIndexAfterDelete } from './hooks/refreshUnitIndex'
import { requiredInFrench } from '../../src/fields/requiredInFrench'
import { localeField } from '../../src/fields/localeField'
import { unitForces, unitKinds, unitSources, unitStatuses } from '../../src/lib/vocabularies'
import { sayFor } from '../../src/lib/editorMessages'

const inRange =
  (min: number, max: number): Validate =>
  (value, { req }) =>
    value == null || (typeof value === 'number' && value >= min && value <= max) ? true : sayFor(req)('numberBetween', { min, max })

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { fr: 'Unité / lieu d’accueil', en: 'Unit' }, plural: { fr: 'Unités et lieux d’accueil', en: 'Units' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'address.commune', 'address.department', 'status', 'source'],
    group: { fr: 'Annuaire', en: 'Directory' },
    listSearchableFields: ['name', 'publicId', 'address.commune', 'address.inseeCode'],
    baseFilter: territoryListFilter('address.department'),
    components: { beforeListTable: ['/src/admin/TerritoryListNotice#TerritoryListNotice'] },
  },
  // Readers list active units in Payload's default order (newest first).
  indexes: [{ fields: ['status', 'createdAt'] }],
  access: {
    // Closed units stay in the database for the record, but readers never see them.
    read: ({ req: { user } }) => (isStaff(user) ? true : { status: { equals: 'active' } }),
    create: ({ req: { user } }) => isStaff(user),
    update: ({ req: { user } }) => territoryWhere(user, 'address.department'),
    delete: ({ req: { user } }) => (isNationalStaff(user) ? true : territoryWhere(user, 'address.department')),
  },
  hooks: {
    beforeValidate: [deriveDepartment],
    beforeChange: [guardUnitTerritory],
    afterChange: [refreshIndexAfterChange],
    afterDelete: [refreshIndexAfterDelete],
  },
  fields: [
    localeField,
    readOnlyReasonField,
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, localized: true, validate: requiredInFrench },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: { fr: 'Type', en: 'Kind' }, required: true, options: unitKinds, index: true },
        {
          name: 'force',
          type: 'select',
          label: { fr: 'Force', en: 'Force' },
          required: true,
          defaultValue: 'none',
          index: true,
          options: unitForces,
        },
      ],
    },
    {
      name: 'publicId',
      type: 'text',
      label: { fr: 'Identifiant public', en: 'Public id' },
      unique: true,
      index: true,
      access: nationalStaffWrites,
      admin: {
        description: {
          fr: 'identifiant_public_unite pour la gendarmerie, clé stable sinon.',
          en: 'identifiant_public_unite for the gendarmerie, a stable key otherwise.',
        },
      },
    },
    {
      name: 'address',
      type: 'group',
      label: { fr: 'Adresse', en: 'Address' },
      fields: [
        { name: 'street', type: 'text', label: { fr: 'Voie', en: 'Street' } },
        {
          type: 'row',
          fields: [
            {
              name: 'postcode',
              type: 'text',
              label: { fr: 'Code postal', en: 'Postcode' },
              validate: (value: unknown, { req }: { req: PayloadRequest }) =>
                value == null || value === '' || /^\d{5}$/.test(String(value)) ? true : sayFor(req)('postcodeInvalid'),
            },
            { name: 'commune', type: 'text', label: { fr: 'Commune', en: 'Commune' }, required: true },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'inseeCode',
              type: 'text',
              label: { fr: 'Code INSEE de la commune', en: 'Commune INSEE code' },
              required: true,
              index: true,
              validate: (value: unknown, { req }: { req: PayloadRequest }) =>
                value ? checkCommuneCodes(sayFor(req), value) : sayFor(req)('communeCodeRequired'),
            },
            {
              name: 'department',
              type: 'text',
              label: { fr: 'Département', en: 'Department' },
              index: true,
              admin: {
                readOnly: true,
                description: { fr: 'Déduit du code INSEE.', en: 'Derived from the INSEE code.' },
                components: { Field: '/src/admin/UnitDepartmentField#UnitDepartmentField' },
              },
              validate: (value: unknown, { req }: { req: PayloadRequest }) => checkDepartmentCodes(sayFor(req), value),
            },
          ],
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      label: { fr: 'Coordonnées GPS (WGS 84)', en: 'Coordinates (WGS 84)' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', label: 'Latitude', validate: inRange(-90, 90) },
            { name: 'longitude', type: 'number', label: 'Longitude', validate: inRange(-180, 180) },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
        { name: 'email', type: 'email', label: { fr: 'Courriel', en: 'Email' } },
      ],
    },
    urlField('website', { fr: 'Page web', en: 'Web page' }),
    openingHoursField(),
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      label: { fr: 'Téléservices proposés sur place', en: 'Services offered there' },
    },
    {
      name: 'status',
      type: 'select',
      label: { fr: 'État', en: 'Status' },
      required: true,
      defaultValue: 'active',
      index: true,
      options: unitStatuses,
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'select',
      label: { fr: 'Source de l’enregistrement', en: 'Source of the record' },
      required: true,
      defaultValue: 'editor',
      options: unitSources,
      access: nationalStaffWrites,
      admin: { position: 'sidebar' },
    },
    {
      name: 'importRecord',
      type: 'json',
      label: { fr: 'Dernier import', en: 'Last import' },
      access: { ...nationalStaffWrites, read: ({ req: { user } }) => Boolean(user) },
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: { Field: '/src/admin/JsonView#JsonView' },
        description: {
          fr: 'Valeurs écrites par le dernier import des données ouvertes et conflits avec vos modifications (vos modifications sont gardées).',
          en: 'Values the last open-data import wrote, and conflicts with your edits (your edits are kept).',
        },
      },
    },
  ],
}
