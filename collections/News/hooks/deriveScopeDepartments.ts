import type { CollectionBeforeValidateHook } from 'payload'

import { departmentOfCommune } from '../../../src/lib/territories'

/**
 * News scoped to communes also records their departments, so "news visible in department Y"
 * and a local editor's territory are one query on `scope.departments`.
 */
export const deriveScopeDepartments: CollectionBeforeValidateHook = ({ data }) => {
  const scope = data?.scope
  if (!scope) return data
  if (scope.level === 'national') {
    scope.departments = []
    scope.communes = []
  } else if (scope.level === 'communes' && Array.isArray(scope.communes)) {
    const departments = scope.communes.map((code: string) => departmentOfCommune(String(code))).filter(Boolean)
    scope.departments = [...new Set(departments)]
  } else if (scope.level === 'departments') {
    scope.communes = []
  }
  return data
}
