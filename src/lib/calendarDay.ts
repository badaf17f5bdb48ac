import { hubTimeZone } from './hours'

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: hubTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day (YYYY-MM-DD) an instant falls on in France: what an editor means by "the 15th". */
export const parisDay = (value: string | Date): string => dayFormat.format(new Date(value))

/**
 * A day-only date as it is stored: noon UTC of the French calendar day. Noon falls on the same
 * day in every time zone from UTC−11 to UTC+11 (so overseas editors and readers see the same
 * day), it is what Payload's day picker writes, and the first ten characters are the day.
 */
export function dayAtNoonUtc(value: string | Date): string | undefined {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  // A bare day ("2026-01-15") is that day, not the instant midnight UTC happens to be in Paris.
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : parisDay(date)
  return `${day}T12:00:00.000Z`
}

/** Today in France, as stored: a day-only date before it is past its due day. */
export const todayAtNoonUtc = (now: Date = new Date()): string => `${parisDay(now)}T12:00:00.000Z`
