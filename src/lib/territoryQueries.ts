import type { Where } from 'payload'

import { visibleNewsWhere } from '../access/publicReads'
import { departmentOfCommune } from './territories'

export type Territory = { department?: string; commune?: string }

/**
 * The news a reader of a territory sees: national news, news of the department, and news of
 * the commune (for a commune) or of any commune of the department (for a department). Only
 * published, unexpired news. The one definition for widgets, feeds and GraphQL.
 */
export function newsVisibleIn(territory: Territory, now: Date = new Date()): Where {
  return { and: [visibleNewsWhere(now), newsInTerritory(territory)] }
}

/** News that reach a territory, published or not, shown or not (an editor's preview). */
export function newsInTerritory({ department, commune }: Territory): Where {
  const dept = commune ? departmentOfCommune(commune) : department
  const local: Where[] = [{ 'scope.level': { equals: 'national' } }]
  if (dept) local.push({ and: [{ 'scope.level': { equals: 'departments' } }, { 'scope.departments': { in: [dept] } }] })
  if (commune) local.push({ and: [{ 'scope.level': { equals: 'communes' } }, { 'scope.communes': { in: [commune] } }] })
  else if (dept) local.push({ and: [{ 'scope.level': { equals: 'communes' } }, { 'scope.departments': { in: [dept] } }] })
  return { or: local }
}

/** Online services a reader of a department can use: national ones and those offered there; replaced ones are left out. */
export function servicesAvailableIn(department?: string): Where {
  const active: Where = { status: { not_equals: 'replaced' } }
  if (!department) return active
  return {
    and: [active, { or: [{ 'coverage.scope': { equals: 'national' } }, { 'coverage.departments': { in: [department] } }] }],
  }
}
