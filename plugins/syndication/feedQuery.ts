import { z } from 'zod'

import { wholeNumberParam } from '../../src/lib/queryNumber'
import { isCommuneCode, isDepartmentCode } from '../../src/lib/territories'

/** The query string of a feed: one territory at most, each code checked against INSEE's lists. */
export const feedQuerySchema = z
  .object({
    department: z
      .string()
      .refine(isDepartmentCode, { message: 'unknown department code' })
      .optional(),
    commune: z
      .string()
      .refine(isCommuneCode, { message: 'unknown INSEE commune code' })
      .optional(),
    lang: z.enum(['fr', 'en']).default('fr'),
    limit: wholeNumberParam('a whole number between 1 and 100', 1, 100).default(30),
  })
  .refine((query) => !(query.department && query.commune), {
    message: 'give either department or commune, not both',
    path: ['commune'],
  })

export type FeedQuery = z.infer<typeof feedQuerySchema>
