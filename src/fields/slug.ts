import type { TextField } from 'payload'
import slugify from 'slugify'

import { sayFor } from '../lib/editorMessages'

export const toSlug = (value: string): string => slugify(value, { lower: true, strict: true, locale: 'fr' })

/** A unique, URL-safe slug, derived from `from` when the editor leaves it empty. */
export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { fr: 'Identifiant d’URL (slug)', en: 'Slug' },
    unique: true,
    index: true,
    // Not `required`: the hook fills it, so GraphQL and REST clients may leave it out; the
    // validation below still refuses an empty slug.
    admin: { position: 'sidebar', description: { fr: 'Rempli automatiquement à partir du titre.', en: 'Filled in from the title.' } },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return toSlug(value)
          const source = data?.[from]
          // A localized title arrives as a string for the current locale, or as an object of locales.
          const text = typeof source === 'string' ? source : source?.fr
          return typeof text === 'string' && text.trim() ? toSlug(text) : value
        },
      ],
    },
    validate: (value: unknown, { req }) =>
      typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : sayFor(req)('slugInvalid'),
  }
}
