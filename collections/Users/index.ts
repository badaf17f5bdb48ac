import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'

import { isAdmin, isStaff, roleOptions } from '../../src/access/roles'
import { checkDepartmentCodes } from '../../src/fields/territoryCodes'
import { sayFor } from '../../src/lib/editorMessages'
import { forgetFailedLogins, throttleLogin } from './hooks/throttleLogin'

const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)

export const Users: CollectionConfig = {
  slug: 'users',
  // Editors sign in through the admin (REST); GraphQL is the partners' contract: no query, no
  // mutation, no login. The type stays, for what documents' `lastEditedBy` points to (staff only).
  graphQL: { disableQueries: true, disableMutations: true },
  labels: { singular: { fr: 'Utilisateur', en: 'User' }, plural: { fr: 'Utilisateurs', en: 'Users' } },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    // Payload's lock is per account: anyone could lock anyone out. Failures are counted per
    // account and address instead (hooks/throttleLogin.ts).
    maxLoginAttempts: 0,
  },
  hooks: { beforeOperation: [throttleLogin], afterLogin: [forgetFailedLogins] },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'departments'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: {
    admin: ({ req: { user } }) => isStaff(user),
    read: ({ req: { user } }) => (isAdmin(user) ? true : user ? { id: { equals: user.id } } : false),
    create: ({ req: { user } }) => isAdmin(user),
    update: ({ req: { user } }) => (isAdmin(user) ? true : user ? { id: { equals: user.id } } : false),
    delete: ({ req: { user } }) => isAdmin(user),
  },
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
    {
      name: 'role',
      type: 'select',
      label: { fr: 'Rôle', en: 'Role' },
      required: true,
      defaultValue: 'editor',
      options: roleOptions,
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'departments',
      type: 'text',
      hasMany: true,
      label: { fr: 'Départements (éditeur local)', en: 'Departments (local editor)' },
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { condition: (data) => data?.role === 'local-editor' },
      validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { role?: string } }) => {
        const codes = Array.isArray(value) ? value : []
        if (siblingData?.role === 'local-editor' && codes.length === 0) return sayFor(req)('localEditorNeedsDepartment')
        return checkDepartmentCodes(sayFor(req), codes)
      },
    },
  ],
}
