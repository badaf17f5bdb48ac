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
export const isNationalStaff = (user: MaybeUser): boolean =>
  user?.collection === 'users' && (user.role === 'admin' || user.role === 'editor')

export const isLocalEditor = (user: MaybeUser): boolean =>
  user?.collection === 'users' && user.role === 'local-editor'

export const isStaff = (user: MaybeUser): boolean => isNationalStaff(user) || isLocalEditor(user)

export const userDepartments = (user: MaybeUser): string[] => (isLocalEditor(user) ? (user?.departments ?? []) : [])
