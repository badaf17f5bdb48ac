import type { Where } from 'payload'

import { departmentOfCommune } from './territories'

export type Territory = { department?: string; commune?: string }

/**
 * One way a news item reaches a territory: national news, or news of a scope level whose list
 * (`scope.departments` or `scope.communes`) holds the territory's code.
 */
export type NewsWay = { level: 'national' } | { level: 'departments' | 'communes'; list: 'scope.departments' | 'scope.communes'; code: string }

/**
 * The ways a news item reaches a territory, one per scope level: national news, news of the
 * department, news of the commune (of any commune of the department, for a department). A
 * news item has one level, so no item matches two of them.
 */
export function newsWays({ department, commune }: Territory): NewsWay[] {
  const dept = commune ? departmentOfCommune(commune) : department
  const ways: NewsWay[] = [{ level: 'national' }]
  if (dept) ways.push({ level: 'departments', list: 'scope.departments', code: dept })
  if (commune) ways.push({ level: 'communes', list: 'scope.communes', code: commune })
  else if (dept) ways.push({ level: 'communes', list: 'scope.departments', code: dept })
  return ways
}

export const newsWayWhere = (way: NewsWay): Where =>
  way.level === 'national'
    ? { 'scope.level': { equals: 'national' } }
    : { and: [{ 'scope.level': { equals: way.level } }, { [way.list]: { in: [way.code] } }] }

/** News that reach a territory, published or not, shown or not (an editor's preview). */
export function newsInTerritory(territory: Territory): Where {
  return { or: newsWays(territory).map(newsWayWhere) }
}

/** Online services a reader of a department can use: national ones and those offered there; replaced ones are left out. */
export function servicesAvailableIn(department?: string): Where {
  const active: Where = { status: { not_equals: 'replaced' } }
  if (!department) return active
  return {
    and: [active, { or: [{ 'coverage.scope': { equals: 'national' } }, { 'coverage.departments': { in: [department] } }] }],
  }
}
