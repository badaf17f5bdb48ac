import type { CollectionConfig, PayloadRequest } from 'payload'

import { isNationalStaff } from '../src/access/roles'
import { checkCommuneCodes } from '../src/fields/territoryCodes'
import { competenceInstitutions, competenceStatuses } from '../src/lib/vocabularies'
import { sayFor } from '../src/lib/editorMessages'
import { refreshIndexAfterChange, refreshIndexAfterDelete } from './Units/hooks/refreshUnitIndex'

/**
 * Which unit is competent for a commune, from the official "compétence territoriale" file.
 * The unit is named by the file's id_service and service name and matched to a unit when
 * read, so the file and the units can be imported in either order.
 */
export const UnitCompetences: CollectionConfig = {
  slug: 'unit-competences',
  labels: {
    singular: { fr: 'Compétence territoriale', en: 'Territorial competence' },
    plural: { fr: 'Compétences territoriales', en: 'Territorial competences' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['inseeCode', 'institution', 'serviceName', 'serviceId', 'status'],
    group: { fr: 'Annuaire', en: 'Directory' },
    listSearchableFields: ['inseeCode', 'serviceName', 'serviceId'],
  },
  access: {
    read: () => true,
    create: ({ req: { user } }) => isNationalStaff(user),
    update: ({ req: { user } }) => isNationalStaff(user),
    delete: ({ req: { user } }) => isNationalStaff(user),
  },
  hooks: { afterChange: [refreshIndexAfterChange], afterDelete: [refreshIndexAfterDelete] },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Clé', en: 'Key' },
      admin: { readOnly: true, description: { fr: 'commune:institution:id_service', en: 'commune:institution:id_service' } },
    },
    {
      name: 'inseeCode',
      type: 'text',
      required: true,
      index: true,
      label: { fr: 'Code INSEE de la commune', en: 'Commune INSEE code' },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        value ? checkCommuneCodes(sayFor(req), value) : sayFor(req)('communeCodeRequired'),
    },
    {
      name: 'institution',
      type: 'select',
      required: true,
      label: { fr: 'Institution', en: 'Institution' },
      options: competenceInstitutions,
    },
    { name: 'serviceId', type: 'text', required: true, label: { fr: 'Identifiant du service', en: 'Service id' } },
    { name: 'serviceName', type: 'text', required: true, label: { fr: 'Service compétent', en: 'Competent service' } },
    { name: 'postcodes', type: 'text', label: { fr: 'Codes postaux', en: 'Postcodes' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      label: { fr: 'État', en: 'Status' },
      options: competenceStatuses,
      admin: { position: 'sidebar' },
    },
  ],
}
