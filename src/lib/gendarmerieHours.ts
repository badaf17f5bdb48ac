import { frenchDayNames, type Range, type Week, weekToOpeningHours } from './weekHours'

const normalize = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/** "8h00" or "08h00" or "8h" -> minutes since midnight */
export function parseFrenchTime(text: string): number | undefined {
  const match = /^(\d{1,2})h(\d{2})?$/.exec(text.trim())
  if (!match) return undefined
  const minutes = Number(match[1]) * 60 + Number(match[2] ?? 0)
  return minutes <= 24 * 60 && Number(match[2] ?? 0) < 60 ? minutes : undefined
}

export type HoursResult = { hours: string | null } | { error: string }

/**
 * Converts the gendarmerie's free-text `horaires_accueil`
 * (" Lundi : 8h00-12h00 14h00-18h00 Mardi : ...") into OSM opening_hours.
 * Empty text means unknown hours (null), never "closed".
 */
export function freeTextHoursToOpeningHours(text: string | undefined | null): HoursResult {
  if (!text || !text.trim()) return { hours: null }
  const source = normalize(text)
  const dayPattern = /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jours feries)\s*:/g
  const marks = [...source.matchAll(dayPattern)]
  if (marks.length === 0) return { error: `no day name found in opening hours "${text.trim()}"` }
  if (source.slice(0, marks[0].index).trim()) {
    return { error: `unexpected text before the first day in "${text.trim()}"` }
  }
  const week: Week = {}
  for (const [i, mark] of marks.entries()) {
    const day = frenchDayNames[mark[1].replace(' ', '_')]
    const body = source.slice(mark.index + mark[0].length, marks[i + 1]?.index ?? source.length).trim()
    const ranges: Range[] = []
    if (!/^(ferme|fermee)?$/.test(body)) {
      for (const token of body.split(/\s+/)) {
        const [from, to] = token.split('-')
        const start = from === undefined ? undefined : parseFrenchTime(from)
        const end = to === undefined ? undefined : parseFrenchTime(to)
        if (start === undefined || end === undefined || end <= start) {
          return { error: `unreadable time range "${token}" for ${mark[1]}` }
        }
        ranges.push([start, end])
      }
    }
    week[day] = [...(week[day] ?? []), ...ranges]
  }
  return { hours: weekToOpeningHours(week) }
}
