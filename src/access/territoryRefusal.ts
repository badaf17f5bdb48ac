import { APIError, type PayloadRequest } from 'payload'

import { languageOf, listCodes, type MessageKey, sayFor } from '../lib/editorMessages'
import { userDepartments } from './roles'

/**
 * A 403 that names its field the way a validation error does (`data.errors[].path`), so the
 * admin shows the message beside the field and API clients read the path; its one-line message
 * starts with the path too. Logged like Payload's own Forbidden, not as a server error.
 */
export class OutsideTerritoryError extends APIError {
  constructor(path: string, message: string) {
    super(`${path}: ${message}`, 403, { errors: [{ path, message }] }, true)
    this.name = 'Forbidden'
  }
}

type TerritoryRequest = Pick<PayloadRequest, 'user' | 't' | 'i18n'>

export type TerritoryRefusal = { path: string; key: MessageKey; vars?: Record<string, string | number> }

/** Refuses a local editor's write with a message in their language saying what to do instead. */
export function refuseOutsideTerritory(req: TerritoryRequest, refusal: TerritoryRefusal): never {
  const say = sayFor(req)
  const departments = listCodes(languageOf(req), userDepartments(req.user))
  throw new OutsideTerritoryError(refusal.path, say(refusal.key, { departments, ...refusal.vars }))
}
