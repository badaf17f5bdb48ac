import { parseFrenchTime, type HoursResult } from './gendarmerieHours'
import { frenchDayNames, type Range, type Week, weekToOpeningHours } from './weekHours'

/** The export-gn2 hour columns, e.g. `mardi_plage2_debut`. */
export const structuredHoursColumns: string[] = Object.keys(frenchDayNames).flatMap((day) =>
  [1, 2, 3].flatMap((slot) => [`${day}_plage${slot}_debut`, `${day}_plage${slot}_fin`]),
)

/**
 * Converts the gendarmerie's structured hours (`lundi_plage1_debut` = "08h00" …) into OSM
 * opening_hours. No range at all means unknown hours (null), not closed; once some day has
 * ranges, a day without any is closed. Public holidays are stated only when `jours_feries_*`
 * gives ranges, otherwise the weekday's rule applies.
 */
export function structuredHoursToOpeningHours(row: Record<string, string | undefined>): HoursResult {
  const week: Week = {}
  let any = false
  for (const [prefix, day] of Object.entries(frenchDayNames)) {
    const ranges: Range[] = []
    for (const slot of [1, 2, 3]) {
      const fromText = row[`${prefix}_plage${slot}_debut`]?.trim() ?? ''
      const toText = row[`${prefix}_plage${slot}_fin`]?.trim() ?? ''
      if (!fromText && !toText) continue
      const from = parseFrenchTime(fromText)
      const to = parseFrenchTime(toText)
      if (from === undefined || to === undefined || to <= from) {
        return { error: `unreadable time range "${fromText}-${toText}" in ${prefix}_plage${slot}` }
      }
      ranges.push([from, to])
    }
    if (ranges.length) {
      any = true
      week[day] = ranges
    }
  }
  if (!any) return { hours: null }
  if (!week.PH) delete week.PH
  return { hours: weekToOpeningHours(week) }
}
