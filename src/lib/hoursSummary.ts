import { type DayHours, ordinaryWeek, publicHolidaysAhead } from './hours'
import type { Lang } from './language'

const dayNames = {
  fr: { Mo: 'lun.', Tu: 'mar.', We: 'mer.', Th: 'jeu.', Fr: 'ven.', Sa: 'sam.', Su: 'dim.' },
  en: { Mo: 'Mon', Tu: 'Tue', We: 'Wed', Th: 'Thu', Fr: 'Fri', Sa: 'Sat', Su: 'Sun' },
}
const words = {
  fr: { closed: 'fermé', allDay: '24 h/24', always: '24 h/24, 7 j/7', holidays: 'jours fériés', rules: ' ; ' },
  en: { closed: 'closed', allDay: '24 hours', always: 'open 24/7', holidays: 'public holidays', rules: '; ' },
}

/** A range as readers read it: « 09:00–12:00 », and a whole day « 24 h/24 » rather than « 00:00–24:00 ». */
export const rangeText = ({ from, to }: { from: string; to: string }, lang: Lang): string =>
  from === '00:00' && to === '24:00' ? words[lang].allDay : `${from}–${to}`

const rangesText = (day: DayHours, lang: Lang): string =>
  day.ranges.length ? day.ranges.map((r) => rangeText(r, lang)).join(', ') : words[lang].closed

/**
 * A unit's ordinary week in a line, days with the same hours grouped: « lun.–ven. 09:00–12:00,
 * 14:00–18:00 ; sam. 09:00–12:00 ; dim. fermé ; jours fériés fermé ». Null when the hours are unknown.
 */
export function weekSummary(hours: string, lang: Lang, at = new Date()): string | null {
  const week = ordinaryWeek(hours, at)
  if (!week) return null
  const names = dayNames[lang]
  const groups: { first: DayHours; last: DayHours; text: string }[] = []
  for (const day of week) {
    const text = rangesText(day, lang)
    const group = groups.at(-1)
    if (group && group.text === text) group.last = day
    else groups.push({ first: day, last: day, text })
  }
  if (groups.length === 1 && groups[0].text === words[lang].allDay) return words[lang].always
  const parts = groups.map(({ first, last, text }) => {
    const days = first === last ? names[first.weekday] : `${names[first.weekday]}–${names[last.weekday]}`
    return `${days} ${text}`
  })
  // Public holidays said only where they differ from the weekday they fall on.
  if (/\bPH\b/.test(hours)) {
    const holiday = publicHolidaysAhead(hours, at, 366)?.[0]
    if (holiday) parts.push(`${words[lang].holidays} ${rangesText(holiday, lang)}`)
  }
  return parts.join(words[lang].rules)
}
