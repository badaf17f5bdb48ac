import type { CollectionBeforeChangeHook } from 'payload'

import { assertWithinTerritory } from '../../../src/access/territory'

export const guardNewsTerritory: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const scope = data?.scope ?? originalDoc?.scope
  if (scope?.level === 'national') {
    assertWithinTerritory(req.user, [], 'scope.level: national news')
    return data
  }
  assertWithinTerritory(req.user, (scope?.departments ?? []).map(String), 'scope.departments')
  return data
}
