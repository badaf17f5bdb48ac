import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { News } from '../../../payload-types'
import { isLocalEditor } from '../../../src/access/roles'
import { assertWithinTerritory } from '../../../src/access/territory'

type Scope = Partial<NonNullable<News['scope']>> | null | undefined

/** National news belong to national staff; other news to whoever holds every department they reach. */
function assertScopeWithinTerritory(req: PayloadRequest, scope: Scope): void {
  if (scope?.level === 'national') {
    assertWithinTerritory(req.user, [], 'scope.level: national news')
    return
  }
  assertWithinTerritory(req.user, (scope?.departments ?? []).map(String), 'scope.departments')
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
