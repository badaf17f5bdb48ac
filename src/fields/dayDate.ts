import type { DateField } from 'payload'

import { dayAtNoonUtc } from '../lib/calendarDay'

type DayDateOptions = Omit<DateField, 'type'>

/**
 * A date without a time (a review day, a day of last update): picked and shown as a French day
 * with its year (15/01/2026, in the form and in the list), stored as noon UTC of that day
 * whatever the client sends (a bare day, midnight UTC or midnight in Paris).
 */
export function dayDateField({ admin, hooks, ...field }: DayDateOptions): DateField {
  return {
    ...field,
    type: 'date',
    admin: { ...admin, date: { ...admin?.date, pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    hooks: {
      ...hooks,
      beforeValidate: [
        ({ value }) => (typeof value === 'string' || value instanceof Date ? (dayAtNoonUtc(value) ?? value) : value),
        ...(hooks?.beforeValidate ?? []),
      ],
    },
  }
}
