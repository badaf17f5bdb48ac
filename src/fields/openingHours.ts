import type { TextField } from 'payload'

import { languageOf, sayFor } from '../lib/editorMessages'
import { openingHoursError } from '../lib/hours'

export function openingHoursField(name = 'openingHours'): TextField {
  return {
    name,
    type: 'text',
    label: { fr: 'Horaires d’ouverture', en: 'Opening hours' },
    admin: {
      components: { Field: '/src/admin/OpeningHoursField#OpeningHoursField' },
      description: {
        fr: 'Syntaxe OpenStreetMap opening_hours, p. ex. « Mo-Fr 08:00-12:00,14:00-18:00; PH off » ou « 24/7 ». Vide : inconnu.',
        en: 'OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 08:00-12:00,14:00-18:00; PH off" or "24/7". Empty: unknown.',
      },
    },
    // Input bounds refuse anything but text before this runs.
    validate: (value: unknown, { req }) => {
      if (value == null || value === '') return true
      const error = openingHoursError(String(value), languageOf(req))
      return error ? sayFor(req)('invalidOpeningHours', { error }) : true
    },
  }
}
