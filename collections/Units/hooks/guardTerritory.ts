import type { CollectionBeforeChangeHook } from 'payload'

import { assertWithinTerritory } from '../../../src/access/territory'

export const guardUnitTerritory: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const department = data?.address?.department ?? originalDoc?.address?.department
  assertWithinTerritory(req.user, department ? [String(department)] : [], 'address.department')
  return data
}
