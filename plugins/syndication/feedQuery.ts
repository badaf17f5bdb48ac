import { z } from 'zod'

import { wholeNumberParam } from '../../src/lib/queryNumber'
import { territoryQuery } from '../../src/lib/territoryParams'
import { languages } from '../../src/lib/language'

/** The query string of a feed: a territory (the hub's one set of rules for it), a language, a length. */
export const feedQuerySchema = territoryQuery.safeExtend({
  lang: z.enum(languages).default('fr'),
  limit: wholeNumberParam('a whole number between 1 and 100', 1, 100).default(30),
})

export type FeedQuery = z.infer<typeof feedQuerySchema>
