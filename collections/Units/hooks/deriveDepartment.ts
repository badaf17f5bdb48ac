import type { CollectionBeforeValidateHook } from 'payload'

import { departmentOfCommune } from '../../../src/lib/territories'

/** The department follows from the commune's INSEE code; editors need not type it. */
export const deriveDepartment: CollectionBeforeValidateHook = ({ data }) => {
  const address = data?.address
  if (!address?.inseeCode) return data
  const department = departmentOfCommune(String(address.inseeCode))
  if (department) address.department = department
  return data
}
