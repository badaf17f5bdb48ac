import { z } from 'zod'

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
    limit: z.coerce.number().int().min(1).max(100).default(30),
  })
  .refine((query) => !(query.department && query.commune), {
    message: 'give either department or commune, not both',
    path: ['commune'],
  })

export type FeedQuery = z.infer<typeof feedQuerySchema>
