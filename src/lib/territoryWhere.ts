import type { Where } from 'payload'

import { departmentOfCommune } from './territories'

export type Territory = { department?: string; commune?: string }

/**
 * The ways a news item reaches a territory, one per scope level: national news, news of the
 * department, news of the commune (of any commune of the department, for a department). A
 * news item has one level, so no item matches two of them.
 */
export function newsReachingTerritory({ department, commune }: Territory): Where[] {
  const dept = commune ? departmentOfCommune(commune) : department
  const ways: Where[] = [{ 'scope.level': { equals: 'national' } }]
  if (dept) ways.push({ and: [{ 'scope.level': { equals: 'departments' } }, { 'scope.departments': { in: [dept] } }] })
  if (commune) ways.push({ and: [{ 'scope.level': { equals: 'communes' } }, { 'scope.communes': { in: [commune] } }] })
  else if (dept) ways.push({ and: [{ 'scope.level': { equals: 'communes' } }, { 'scope.departments': { in: [dept] } }] })
  return ways
}

/** News that reach a territory, published or not, shown or not (an editor's preview). */
export function newsInTerritory(territory: Territory): Where {
  return { or: newsReachingTerritory(territory) }
}

/** Online services a reader of a department can use: national ones and those offered there; replaced ones are left out. */
export function servicesAvailableIn(department?: string): Where {
  const active: Where = { status: { not_equals: 'replaced' } }
  if (!department) return active
  return {
    and: [active, { or: [{ 'coverage.scope': { equals: 'national' } }, { 'coverage.departments': { in: [department] } }] }],
  }
}
