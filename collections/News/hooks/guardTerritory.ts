import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { News } from '../../../payload-types'
import { isLocalEditor } from '../../../src/access/roles'
import { departmentsOutside } from '../../../src/access/territory'
import { refuseOutsideTerritory } from '../../../src/access/territoryRefusal'
import { languageOf, listCodes } from '../../../src/lib/editorMessages'

type Scope = Partial<NonNullable<News['scope']>> | null | undefined

/** National news belong to national staff; other news to whoever holds every department they reach. */
function assertScopeWithinTerritory(req: PayloadRequest, scope: Scope): void {
  if (!isLocalEditor(req.user)) return
  if (scope?.level === 'national') refuseOutsideTerritory(req, { path: 'scope.level', key: 'nationalNewsIsNational' })
  const departments = (scope?.departments ?? []).map(String)
  if (departments.length === 0) refuseOutsideTerritory(req, { path: 'scope.departments', key: 'newsNeedsDepartment' })
  const outside = departmentsOutside(req.user, departments)
  if (outside.length) {
    const vars = { outside: listCodes(languageOf(req), outside), count: outside.length }
    refuseOutsideTerritory(req, { path: 'scope.departments', key: 'newsOutside', vars })
  }
}

export const guardNewsTerritory: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  assertScopeWithinTerritory(req, data?.scope ?? originalDoc?.scope)
  return data
}

/**
 * Deleting removes every version, so the published one and the latest draft must both lie
 * within the territory: the same rule as an update, applied to what would disappear.
 */
export const guardNewsTerritoryOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!isLocalEditor(req.user)) return
  const read = (draft: boolean) =>
    req.payload.findByID({ collection: 'news', id, depth: 0, draft, overrideAccess: true, req, select: { scope: true }, disableErrors: true })
  for (const version of [await read(false), await read(true)]) {
    if (version) assertScopeWithinTerritory(req, version.scope)
  }
}
