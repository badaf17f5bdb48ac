import { APIError, type Where } from 'payload'

import { isLocalEditor, isNationalStaff, userDepartments } from './roles'

type AccessUser = Parameters<typeof isLocalEditor>[0]

/** A 403 whose message names the field; logged like Payload's own Forbidden, not as a server error. */
class OutsideTerritoryError extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
    this.name = 'Forbidden'
  }
}

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
    throw new OutsideTerritoryError(`${field}: ${which} is outside your territory (${allowed.join(', ') || 'none'})`)
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
