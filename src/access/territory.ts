import { APIError, type Where } from 'payload'

import { isLocalEditor, isNationalStaff, userDepartments } from './roles'

type AccessUser = Parameters<typeof isLocalEditor>[0]

/**
 * Refuses a write whose departments are not all within a local editor's territory.
 * Runs on the data as it will be saved, so moving a document out of the territory is refused too.
 */
export function assertWithinTerritory(user: AccessUser, departments: string[], field: string): void {
  if (!isLocalEditor(user)) return
  const allowed = userDepartments(user)
  const outside = departments.filter((d) => !allowed.includes(d))
  if (departments.length === 0 || outside.length > 0) {
    const which = outside.length ? `department ${outside.join(', ')}` : 'no department'
    throw new APIError(
      `${field}: ${which} is outside your territory (${allowed.join(', ') || 'none'})`,
      403,
      undefined,
      true,
    )
  }
}

/** Where constraint matching documents of a local editor's departments, stored at `path`. */
export function territoryWhere(user: AccessUser, path: string): Where | boolean {
  if (isNationalStaff(user)) return true
  if (!isLocalEditor(user)) return false
  const departments = userDepartments(user)
  if (departments.length === 0) return false
  return { [path]: { in: departments } }
}
