import type { TextField } from 'payload'

import { sayFor } from '../lib/editorMessages'
import { readOpeningHours } from '../lib/frenchHours'
import { hoursProblemMessage } from './openingHoursMessage'

export function openingHoursField(name = 'openingHours'): TextField {
  return {
    name,
    type: 'text',
    label: { fr: 'Horaires d’ouverture', en: 'Opening hours' },
    admin: {
      components: { Field: '/src/admin/OpeningHoursField#OpeningHoursField' },
      description: {
        fr: 'Comme vous les écrivez : « lundi au vendredi 9h-12h et 14h-18h, fermé le dimanche et les jours fériés », « 24h/24 ». Enregistrés au format OpenStreetMap. Vide : inconnus.',
        en: 'As you write them: "Mo-Fr 9:00-12:00 and 14:00-18:00, closed on Sunday and public holidays", "24/7". Stored in OpenStreetMap format. Empty: unknown.',
      },
    },
    hooks: {
      // Whatever the way in (the admin, REST, GraphQL, an import), partners receive the
      // OpenStreetMap form: what an editor typed is stored once read.
      beforeValidate: [
        ({ value }) => {
          if (typeof value !== 'string') return value
          const text = value.trim()
          if (!text) return value
          const reading = readOpeningHours(text)
          return 'hours' in reading ? reading.hours : value
        },
      ],
    },
    // Input bounds refuse anything but text before this runs.
    validate: (value: unknown, { req }) => {
      if (value == null || value === '') return true
      const reading = readOpeningHours(String(value))
      return 'error' in reading ? hoursProblemMessage(sayFor(req), reading.error) : true
    },
  }
}
