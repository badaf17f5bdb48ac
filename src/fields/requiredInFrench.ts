import type { Config, Field, Validate } from 'payload'

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

function marked(field: Field): Field {
  const next = { ...field } as Field & { fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: unknown[] }
  const components = field.admin?.components
  const hasLabel = components !== undefined && 'Label' in components && components.Label !== undefined
  if ('validate' in field && field.validate === requiredInFrench && !hasLabel)
    Object.assign(next, { admin: { ...field.admin, components: { ...components, Label: '/src/admin/RequiredLabel#RequiredLabel' } } })
  if ('fields' in field && Array.isArray(field.fields)) next.fields = field.fields.map(marked)
  if ('tabs' in field && Array.isArray(field.tabs)) next.tabs = field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(marked) }))
  return next
}

/**
 * Every text required in French shows the required mark while the editor writes French
 * (src/admin/RequiredLabel.tsx): Payload marks only `required: true`, which would require it in
 * every language. Applied to the whole config, so no such field is left unmarked.
 */
export const markRequiredInFrench = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: collection.fields.map(marked) })),
})
