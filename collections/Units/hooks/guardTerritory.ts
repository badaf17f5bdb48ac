import type { CollectionBeforeChangeHook } from 'payload'

import { isLocalEditor } from '../../../src/access/roles'
import { departmentsOutside } from '../../../src/access/territory'
import { refuseOutsideTerritory } from '../../../src/access/territoryRefusal'

/** A local editor's unit stays in their departments: the one its commune's INSEE code gives. */
export const guardUnitTerritory: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isLocalEditor(req.user)) return data
  const department = data?.address?.department ?? originalDoc?.address?.department
  if (!department) refuseOutsideTerritory(req, { path: 'address.inseeCode', key: 'unitNeedsCommune' })
  if (departmentsOutside(req.user, [String(department)]).length) {
    refuseOutsideTerritory(req, { path: 'address.inseeCode', key: 'unitOutside', vars: { department: String(department) } })
  }
  return data
}
