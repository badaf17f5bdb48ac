import { z } from 'zod'

import { decimalParam } from './queryNumber'
import { departmentOfCommune, isCommuneCode, isDepartmentCode } from './territories'

/*
 * Where a reader is, as widgets, feeds and partner queries are told it: a commune, a
 * department, a position. One set of rules for all of them; messages leave out the field's
 * name, which fieldMessage (src/lib/fieldMessage.ts) puts first from the issue's path.
 */

export const communeCode = z
  .string({ error: 'an INSEE commune code expected' })
  .refine(isCommuneCode, { error: (issue) => `unknown INSEE commune code ${JSON.stringify(issue.input)}` })

const departmentCode = z
  .string({ error: 'a department code expected' })
  .refine(isDepartmentCode, { error: (issue) => `unknown department code ${JSON.stringify(issue.input)}` })

/** A commune or a department, or both: a commune implies its department, so a department given beside it must be that one. */
export const territoryQuery = z.object({ commune: communeCode.optional(), department: departmentCode.optional() }).superRefine((value, ctx) => {
  if (value.commune && value.department && departmentOfCommune(value.commune) !== value.department) {
    ctx.addIssue({ code: 'custom', path: ['department'], message: `commune ${value.commune} is not in department ${value.department}` })
  }
})

/** A position given in a query string: both coordinates or neither. */
export const positionQuery = z
  .object({
    lat: decimalParam('must be a decimal number such as 48.11', -90, 90, 'must be between -90 and 90').optional(),
    lng: decimalParam('must be a decimal number such as -1.68', -180, 180, 'must be between -180 and 180').optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.lat === undefined) !== (value.lng === undefined)) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'give lat and lng together' })
  })
