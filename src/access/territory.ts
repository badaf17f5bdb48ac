// Pure rules of a local editor's territory, shared by access control, hooks and the admin's components.
import type { BaseFilter, PayloadRequest, Where } from 'payload'

import { isLocalEditor, isNationalStaff, userDepartments } from './roles'

type AccessUser = Parameters<typeof isLocalEditor>[0]

/** The departments of a write that lie outside a local editor's territory; none for national staff. */
export function departmentsOutside(user: AccessUser, departments: string[]): string[] {
  if (!isLocalEditor(user)) return []
  const allowed = userDepartments(user)
  return departments.filter((d) => !allowed.includes(d))
}

/** Where constraint matching documents of a local editor's departments, stored at `path`. */
export function territoryWhere(user: AccessUser, path: string): Where | boolean {
  if (isNationalStaff(user)) return true
  if (!isLocalEditor(user)) return false
  const departments = userDepartments(user)
  if (departments.length === 0) return false
  return { [path]: { in: departments } }
}

/** The query parameter of an admin list that lifts a local editor's territory filter. */
export const allTerritories = { param: 'territory', value: 'all' } as const

/**
 * A local editor's lists open on their territory (`admin.baseFilter`, the list view only:
 * REST and GraphQL read what access control allows). `?territory=all` shows the rest, which
 * they may read but not change.
 */
export const territoryListFilter =
  (path: string): BaseFilter =>
  ({ req }) => {
    if (!isLocalEditor(req.user) || req.query?.[allTerritories.param] === allTerritories.value) return null
    const where = territoryWhere(req.user, path)
    return typeof where === 'object' ? where : null
  }

/**
 * A collection's own check of whether the caller may change one of its documents as it stands,
 * beyond what its access rules see (news: every department of its latest draft and of its
 * published version). Paths that change a document without its hooks (scheduling its
 * publication) ask it through the collection's `custom.assertMayChange`.
 */
export type AssertMayChange = (req: PayloadRequest, id: number | string) => Promise<void>

export const assertMayChangeOf = (collection: { custom?: Record<string, unknown> }): AssertMayChange | undefined =>
  typeof collection.custom?.assertMayChange === 'function' ? (collection.custom.assertMayChange as AssertMayChange) : undefined
