/** Opening hours as a week of ranges, the shape both gendarmerie formats share before becoming OSM syntax. */
const osmDays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const
export type OsmDay = (typeof osmDays)[number]

/** French day names as the ministry's files spell them (accents dropped, `_` between words). */
export const frenchDayNames: Record<string, OsmDay | 'PH'> = {
  lundi: 'Mo',
  mardi: 'Tu',
  mercredi: 'We',
  jeudi: 'Th',
  vendredi: 'Fr',
  samedi: 'Sa',
  dimanche: 'Su',
  jours_feries: 'PH',
}

/** [start, end] in minutes since midnight; end may be 1440 (24:00). */
export type Range = [number, number]
export type Week = Partial<Record<OsmDay | 'PH', Range[]>>

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

const rangesKey = (ranges: Range[]): string => ranges.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',')

/** Mo,Tu,We,Fr -> Mo-We,Fr */
function daySelector(days: OsmDay[]): string {
  const indexes = days.map((d) => osmDays.indexOf(d)).sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < indexes.length; i++) {
    let j = i
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++
    const from = osmDays[indexes[i]]
    const to = osmDays[indexes[j]]
    parts.push(j - i >= 2 ? `${from}-${to}` : j === i ? from : `${from},${to}`)
    i = j
  }
  return parts.join(',')
}

/**
 * Turns a week into an OpenStreetMap opening_hours string. Days without ranges are closed;
 * public holidays are stated only when the source gives them (else the weekday rule applies).
 */
export function weekToOpeningHours(week: Week): string {
  const sorted = (ranges: Range[]) => [...ranges].sort((a, b) => a[0] - b[0])
  const everyDayAllDay = osmDays.every((d) => rangesKey(week[d] ?? []) === '00:00-24:00')
  if (everyDayAllDay && (week.PH === undefined || rangesKey(week.PH) === '00:00-24:00')) return '24/7'

  const groups = new Map<string, OsmDay[]>()
  for (const day of osmDays) {
    const ranges = week[day]
    if (!ranges?.length) continue
    const key = rangesKey(sorted(ranges))
    groups.set(key, [...(groups.get(key) ?? []), day])
  }
  const rules = [...groups.entries()].map(([key, days]) => `${daySelector(days)} ${key}`)
  if (week.PH !== undefined) rules.push(week.PH.length ? `PH ${rangesKey(sorted(week.PH))}` : 'PH off')
  return rules.join('; ')
}
