import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateUnitIndex } from '../../../src/lib/unitIndex'

/** The spatial index of this process is rebuilt on its next read after any unit or competence changes. */
export const refreshIndexAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidateUnitIndex(req.payload)
  return doc
}

export const refreshIndexAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateUnitIndex(req.payload)
  return doc
}
