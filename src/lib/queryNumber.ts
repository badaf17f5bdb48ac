import { z } from 'zod'

// Plain decimal digits only: JavaScript's Number() also reads "", " 5", "0x10" and "1e3".
const wholeText = /^\d{1,15}$/
const decimalText = /^-?\d{1,15}(\.\d{1,15})?$/

/** A whole number given in a query string, between min and max; anything else gets `message`. */
export const wholeNumberParam = (message: string, min: number, max: number) =>
  z
    .string({ error: message })
    .regex(wholeText, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: message }).max(max, { error: message }))

/** A decimal number given in a query string; `rangeMessage` when it is outside [min, max]. */
export const decimalParam = (message: string, min: number, max: number, rangeMessage: string) =>
  z
    .string({ error: message })
    .regex(decimalText, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: rangeMessage }).max(max, { error: rangeMessage }))
