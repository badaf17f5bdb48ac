import type { Payload, PayloadRequest } from 'payload'

import { todayAtNoonUtc } from './calendarDay'
import { type Lang } from './language'

export type DueReview = { id: number | string; title: string; reviewDueDate: string; status: 'draft' | 'published' }

/**
 * Sheets whose review day has come (their latest version, draft or published: that is what an
 * editor reviews), the longest overdue first. Sheets are national: no territory to filter on.
 */
export async function reviewsDue(
  payload: Payload,
  { now = new Date(), limit = 100, locale = 'fr', req }: { now?: Date; limit?: number; locale?: Lang; req?: PayloadRequest } = {},
): Promise<DueReview[]> {
  const { docs } = await payload.find({
    collection: 'sheets',
    draft: true,
    where: { reviewDueDate: { less_than_equal: todayAtNoonUtc(now) } },
    sort: 'reviewDueDate',
    limit,
    depth: 0,
    locale,
    select: { title: true, reviewDueDate: true, _status: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title ?? '',
    reviewDueDate: doc.reviewDueDate ?? '',
    status: doc._status === 'published' ? 'published' : 'draft',
  }))
}
