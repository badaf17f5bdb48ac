import type { Validate } from 'payload'

import { sayFor } from '../lib/editorMessages'

/**
 * Readers fall back to French, so a localized text is required in French only: an editor can
 * translate a title into English without having to translate every other field at once.
 */
export const requiredInFrench: Validate = (value, { req }) => {
  const empty = value == null || (typeof value === 'string' && value.trim() === '')
  const locale = req?.locale ?? 'fr'
  return empty && (locale === 'fr' || locale === 'all') ? sayFor(req)('requiredInFrench') : true
}
