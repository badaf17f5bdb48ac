import type { TextField } from 'payload'

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
    validate: (value: unknown) => {
      if (value == null || value === '') return true
      if (typeof value !== 'string') return `${name}: must be a string`
      const error = openingHoursError(value)
      return error ? `${name}: invalid opening_hours "${value}": ${error}` : true
    },
  }
}
