'use client'

import { TextField, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { type DayHours, openingHoursError, weekTable } from '../lib/hours'
import { type Lang } from '../lib/language'

const words = {
  fr: {
    days: { Mo: 'Lundi', Tu: 'Mardi', We: 'Mercredi', Th: 'Jeudi', Fr: 'Vendredi', Sa: 'Samedi', Su: 'Dimanche' },
    closed: 'Fermé',
    unknown: 'Horaires inconnus : les lecteurs ne verront ni « ouvert » ni « fermé ».',
    invalid: 'Horaires illisibles, l’enregistrement sera refusé :',
    caption: 'Cette semaine (heure de Paris, jours fériés compris)',
  },
  en: {
    days: { Mo: 'Monday', Tu: 'Tuesday', We: 'Wednesday', Th: 'Thursday', Fr: 'Friday', Sa: 'Saturday', Su: 'Sunday' },
    closed: 'Closed',
    unknown: 'Unknown hours: readers will see neither "open" nor "closed".',
    invalid: 'Unreadable hours, saving will be refused:',
    caption: 'This week (Paris time, public holidays included)',
  },
}

const cell = { padding: '2px 12px 2px 0', textAlign: 'left' } as const

function WeekPreview({ week, lang }: { week: DayHours[]; lang: Lang }) {
  const w = words[lang]
  return (
    <table style={{ marginTop: 8, borderCollapse: 'collapse', fontSize: 13 }}>
      <caption style={{ textAlign: 'left', color: 'var(--theme-elevation-600)', paddingBottom: 4 }}>{w.caption}</caption>
      <tbody>
        {week.map((day) => (
          <tr key={day.date}>
            <th scope="row" style={cell}>
              {w.days[day.weekday]} {day.date.slice(8)}/{day.date.slice(5, 7)}
            </th>
            <td style={cell}>{day.ranges.length ? day.ranges.map((r) => `${r.from}–${r.to}`).join(', ') : w.closed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The opening-hours text field, with the week it means under it, or why it cannot be read. */
export const OpeningHoursField: TextFieldClientComponent = (props) => {
  const { value } = useField<string>({ path: props.path ?? props.field.name })
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const text = typeof value === 'string' ? value.trim() : ''
  const error = text ? openingHoursError(text, lang) : null
  const week = text && !error ? weekTable(text, new Date()) : null

  return (
    <div>
      <TextField {...props} />
      <div aria-live="polite" style={{ marginTop: -8, marginBottom: 16 }}>
        {!text && <p style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>{words[lang].unknown}</p>}
        {error && (
          <p role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 13 }}>
            {words[lang].invalid} {error}
          </p>
        )}
        {week && <WeekPreview week={week} lang={lang} />}
      </div>
    </div>
  )
}
