import type { FieldAccess } from 'payload'

export const roles = ['admin', 'editor', 'local-editor'] as const
export type Role = (typeof roles)[number]

export const roleOptions: { label: { fr: string; en: string }; value: Role }[] = [
  { label: { fr: 'Administrateur', en: 'Administrator' }, value: 'admin' },
  { label: { fr: 'Éditeur national', en: 'National editor' }, value: 'editor' },
  { label: { fr: 'Éditeur local', en: 'Local editor' }, value: 'local-editor' },
]

type MaybeUser = { collection?: string; role?: Role | null; departments?: string[] | null } | null | undefined

export const isAdmin = (user: MaybeUser): boolean => user?.collection === 'users' && user.role === 'admin'

/** Admins and national editors: they manage content everywhere. */
export const isNationalStaff = (user: MaybeUser): boolean => user?.collection === 'users' && (user.role === 'admin' || user.role === 'editor')

export const isLocalEditor = (user: MaybeUser): boolean => user?.collection === 'users' && user.role === 'local-editor'

export const isStaff = (user: MaybeUser): boolean => isNationalStaff(user) || isLocalEditor(user)

export const userDepartments = (user: MaybeUser): string[] => (isLocalEditor(user) ? (user?.departments ?? []) : [])

const nationalStaffField: FieldAccess = ({ req: { user } }) => isNationalStaff(user)

/**
 * Fields a local editor reads but never sets (record keeping of imports, where a record came
 * from): Payload drops what they send there, on every API and in the admin.
 */
export const nationalStaffWrites = { create: nationalStaffField, update: nationalStaffField }
