'use client'

import { TextField, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { hoursProblemMessage } from '../fields/openingHoursMessage'
import { readOpeningHours } from '../lib/frenchHours'
import { type DayHours, weekTable } from '../lib/hours'
import { weekSummary } from '../lib/hoursSummary'
import { useSay } from './useSay'
import { type Lang } from '../lib/language'

const words = {
  fr: {
    days: { Mo: 'Lundi', Tu: 'Mardi', We: 'Mercredi', Th: 'Jeudi', Fr: 'Vendredi', Sa: 'Samedi', Su: 'Dimanche' },
    closed: 'Fermé',
    unknown: 'Horaires inconnus : les lecteurs ne verront ni « ouvert » ni « fermé ».',
    read: 'Compris ainsi :',
    stored: 'enregistré au format OpenStreetMap :',
    caption: 'Cette semaine (heure de Paris, jours fériés compris)',
  },
  en: {
    days: { Mo: 'Monday', Tu: 'Tuesday', We: 'Wednesday', Th: 'Thursday', Fr: 'Friday', Sa: 'Saturday', Su: 'Sunday' },
    closed: 'Closed',
    unknown: 'Unknown hours: readers will see neither "open" nor "closed".',
    read: 'Read as:',
    stored: 'stored in OpenStreetMap format:',
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

/**
 * The opening-hours text field, with what it understood beside it before saving (the ordinary
 * week in a line, the OpenStreetMap form it will be stored in, this week's table), or the one
 * sentence saying which part it could not read.
 */
export const OpeningHoursField: TextFieldClientComponent = (props) => {
  const { value, showError } = useField<string>({ path: props.path ?? props.field.name })
  const { i18n } = useTranslation()
  const say = useSay()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const text = typeof value === 'string' ? value.trim() : ''
  const reading = text ? readOpeningHours(text) : null
  const hours = reading && 'hours' in reading ? reading.hours : null
  const week = hours ? weekTable(hours, new Date()) : null
  const w = words[lang]

  return (
    <div>
      <TextField {...props} />
      <div aria-live="polite" style={{ marginTop: -8, marginBottom: 16 }}>
        {!text && <p style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>{w.unknown}</p>}
        {/* Once saving was refused, Payload shows the same sentence on the field: said once. */}
        {reading && 'error' in reading && !showError && (
          <p role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 13 }}>
            {hoursProblemMessage(say, reading.error)}
          </p>
        )}
        {hours && (
          <p style={{ fontSize: 13, margin: '4px 0' }}>
            <strong>{w.read}</strong> <span data-content>{weekSummary(hours, lang)}</span>
            <br />
            <span style={{ color: 'var(--theme-elevation-600)' }}>
              {w.stored} <code data-content>{hours}</code>
            </span>
          </p>
        )}
        {week && <WeekPreview week={week} lang={lang} />}
      </div>
    </div>
  )
}
