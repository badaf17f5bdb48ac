import type { Field } from 'payload'

import { defaultBounds } from './textBounds'

/**
 * Gives every text, textarea and list field a size when its definition names none, so the
 * admin counts characters and Payload's own validation refuses what is too long.
 */
export function withDefaultBounds(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'text':
        if ('hidden' in field && field.hidden) return field
        return field.hasMany
          ? { ...field, maxLength: field.maxLength ?? defaultBounds.text, maxRows: field.maxRows ?? defaultBounds.textRows }
          : { ...field, maxLength: field.maxLength ?? defaultBounds.text }
      case 'textarea':
        return { ...field, maxLength: field.maxLength ?? defaultBounds.textarea }
      case 'array':
        return { ...field, maxRows: field.maxRows ?? defaultBounds.arrayRows, fields: withDefaultBounds(field.fields) }
      case 'group':
      case 'row':
      case 'collapsible':
        return { ...field, fields: withDefaultBounds(field.fields) }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withDefaultBounds(tab.fields) })) }
      default:
        return field
    }
  })
}
