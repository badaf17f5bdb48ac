import { TZDate } from '@date-fns/tz'
import OpeningHours, { type nominatim_object } from 'opening_hours'
import { type Lang } from './language'

// The package needs a country to know which public holidays `PH` means.
const franceLocation: nominatim_object = { address: { country_code: 'fr', state: '' }, lat: 48.85, lon: 2.35 }

/** Units keep French time, whatever the zone of the machine that answers. */
export const hubTimeZone = 'Europe/Paris'

export function parseOpeningHours(value: string, locale: Lang = 'en'): OpeningHours {
  // The package's types list every option as present; unset ones take its defaults.
  return new OpeningHours(value, franceLocation, { locale, mode: undefined, tag_key: undefined, map_value: undefined, warnings_severity: undefined })
}

/** Null when the string is valid OpenStreetMap opening_hours syntax, else the parser's message, in `locale`. */
export function openingHoursError(value: string, locale: Lang = 'en'): string | null {
  try {
    parseOpeningHours(value, locale)
    return null
  } catch (error) {
    return typeof error === 'string' ? error : error instanceof Error ? error.message : String(error)
  }
}

/** "HH:MM" in French time; `to` may be "24:00" when a range runs to midnight. */
export type TimeRange = { from: string; to: string }

export type DayHours = { date: string; weekday: 'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su'; ranges: TimeRange[] }

/** What a reader is told about a unit at an instant; null everywhere means the hours are unknown. */
export type HoursState = {
  openNow: boolean | null
  /** ISO instant of the next opening or closing, within a week; null when none or unknown. */
  nextChange: string | null
  /** The ranges of the French day containing the instant; [] closed all day, null unknown. */
  todayHours: TimeRange[] | null
}

type Hours = OpeningHours | string | null | undefined

const weekdays: DayHours['weekday'][] = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']
const day = 24 * 60 * 60 * 1000

/*
 * opening_hours reads the local fields of the Dates it is given (getHours, getDay…), that is the
 * zone of the process. Rather than changing the process's zone, instants are turned into a Date
 * whose local fields show the French wall clock, and the package's answers are turned back.
 */
function toWallClock(instant: Date): Date {
  const paris = new TZDate(instant.getTime(), hubTimeZone)
  return new Date(paris.getFullYear(), paris.getMonth(), paris.getDate(), paris.getHours(), paris.getMinutes(), paris.getSeconds())
}

function fromWallClock(wall: Date): Date {
  return new Date(
    new TZDate(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(), wall.getSeconds(), hubTimeZone).getTime(),
  )
}

const midnight = (wall: Date) => new Date(wall.getFullYear(), wall.getMonth(), wall.getDate())
const nextMidnight = (wall: Date) => new Date(wall.getFullYear(), wall.getMonth(), wall.getDate() + 1)

/** The instant the French day after `at` begins: when "today's hours" change. */
export const nextFrenchMidnight = (at: Date): Date => fromWallClock(nextMidnight(toWallClock(at)))
const hhmm = (wall: Date, dayStart: Date) =>
  wall.getTime() >= nextMidnight(dayStart).getTime()
    ? '24:00'
    : `${String(wall.getHours()).padStart(2, '0')}:${String(wall.getMinutes()).padStart(2, '0')}`
const isoDate = (wall: Date) => `${wall.getFullYear()}-${String(wall.getMonth() + 1).padStart(2, '0')}-${String(wall.getDate()).padStart(2, '0')}`

function parsed(hours: Hours): OpeningHours | null {
  if (!hours) return null
  return typeof hours === 'string' ? parseOpeningHours(hours) : hours
}

/** Open (true), closed (false) or unknown (null) at an instant, in French time with French public holidays. */
export function isOpenAt(hours: Hours, at: Date): boolean | null {
  const oh = parsed(hours)
  if (!oh) return null
  const wall = toWallClock(at)
  if (oh.getUnknown(wall)) return null
  return oh.getState(wall)
}

/** The next instant the unit opens or closes, looking a week ahead. */
export function nextChange(hours: Hours, at: Date): Date | null {
  const oh = parsed(hours)
  if (!oh) return null
  const wall = toWallClock(at)
  const change = oh.getNextChange(wall, new Date(wall.getTime() + 8 * day))
  return change ? fromWallClock(change) : null
}

function rangesOfDay(oh: OpeningHours, dayStart: Date): TimeRange[] {
  return oh
    .getOpenIntervals(dayStart, nextMidnight(dayStart))
    .filter(([, , unknown]) => !unknown)
    .map(([from, to]) => ({ from: hhmm(from, dayStart), to: hhmm(to, dayStart) }))
}

/** The ranges of the French day containing `at`: [] when closed all day, null when unknown. */
export function hoursOfDay(hours: Hours, at: Date): TimeRange[] | null {
  const oh = parsed(hours)
  return oh ? rangesOfDay(oh, midnight(toWallClock(at))) : null
}

/** Monday to Sunday of the French week containing `at`, for a week table. */
export function weekTable(hours: Hours, at: Date): DayHours[] | null {
  const oh = parsed(hours)
  if (!oh) return null
  const today = midnight(toWallClock(at))
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7))
  return Array.from({ length: 7 }, (_, i) => {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i)
    return { date: isoDate(start), weekday: weekdays[start.getDay()], ranges: rangesOfDay(oh, start) }
  })
}

export function hoursState(hours: Hours, at: Date): HoursState {
  const oh = parsed(hours)
  if (!oh) return { openNow: null, nextChange: null, todayHours: null }
  const change = nextChange(oh, at)
  return { openNow: isOpenAt(oh, at), nextChange: change ? change.toISOString() : null, todayHours: hoursOfDay(oh, at) }
}

// Open on French public holidays only: tells which days are holidays, by the same package and rules as `PH`.
let holidayRule: OpeningHours | undefined
const isHoliday = (dayStart: Date): boolean =>
  (holidayRule ??= parseOpeningHours('PH')).getState(new Date(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate(), 12))

const dayOf = (oh: OpeningHours, start: Date): DayHours => ({
  date: isoDate(start),
  weekday: weekdays[start.getDay()],
  ranges: rangesOfDay(oh, start),
})

/**
 * A unit's ordinary week, Monday to Sunday: the first week from the one containing `at` with no
 * public holiday (a holiday's hours are not the weekday's). What a directory, a map or a search
 * engine states as regular hours; null when the hours are unknown.
 */
export function ordinaryWeek(hours: Hours, at: Date): DayHours[] | null {
  const oh = parsed(hours)
  if (!oh) return null
  const today = midnight(toWallClock(at))
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7))
  const weekFrom = (first: Date) => Array.from({ length: 7 }, (_, i) => new Date(first.getFullYear(), first.getMonth(), first.getDate() + i))
  for (let week = 0; week < 8; week++) {
    const days = weekFrom(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7 * week))
    if (!days.some(isHoliday)) return days.map((start) => dayOf(oh, start))
  }
  return weekFrom(monday).map((start) => dayOf(oh, start))
}

/** The French public holidays of the `days` days from the one containing `at`, with the unit's ranges on each. */
export function publicHolidaysAhead(hours: Hours, at: Date, days = 31): DayHours[] | null {
  const oh = parsed(hours)
  if (!oh) return null
  const today = midnight(toWallClock(at))
  return Array.from({ length: days }, (_, i) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + i))
    .filter(isHoliday)
    .map((start) => dayOf(oh, start))
}
