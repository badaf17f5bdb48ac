import type { Timezone } from 'payload'

/** Where French editors work: metropolitan France first, then the overseas departments and territories. */
export const frenchTimezones: Timezone[] = [
  { value: 'Europe/Paris', label: 'France métropolitaine (Paris)' },
  { value: 'America/Guadeloupe', label: 'Guadeloupe, Saint-Martin, Saint-Barthélemy' },
  { value: 'America/Martinique', label: 'Martinique' },
  { value: 'America/Cayenne', label: 'Guyane' },
  { value: 'Indian/Reunion', label: 'La Réunion' },
  { value: 'Indian/Mayotte', label: 'Mayotte' },
  { value: 'America/Miquelon', label: 'Saint-Pierre-et-Miquelon' },
  { value: 'Pacific/Noumea', label: 'Nouvelle-Calédonie' },
  { value: 'Pacific/Tahiti', label: 'Polynésie française (Tahiti)' },
  { value: 'Pacific/Wallis', label: 'Wallis-et-Futuna' },
]
