import type { Answer } from './answer'
import { errorResponse, type ErrorShape } from './errors'

/**
 * The most JSON one read by a reader or a partner may answer. A page of 100 documents at the
 * readers' depth is well under it; it stops what the page and depth bounds let through (a page
 * of sheets with every relation populated was 78 MB, seconds of work and of every reader's
 * memory) from being sent, kept or asked again for free. Payload's REST and GraphQL answers only:
 * open data files and images are whole files on purpose.
 */
export const maxReaderAnswerBytes = 4 * 1024 * 1024

/** The refusal of an answer over the budget, in the route's error shape; undefined when it fits. */
export function overBudget(shape: ErrorShape | undefined, answer: Answer): Response | undefined {
  if (answer.status !== 200 || answer.body.byteLength <= maxReaderAnswerBytes) return undefined
  // JSON only: an image read over REST (/api/media/file/…) is a file.
  if (!(answer.headers.get('content-type') ?? '').includes('json')) return undefined
  const mb = maxReaderAnswerBytes / 1024 / 1024
  return errorResponse(
    shape,
    400,
    `answer: larger than the ${mb} MB a reader's answer may be (${(answer.body.byteLength / 1024 / 1024).toFixed(1)} MB); ask fewer documents (limit), less depth (depth) or fewer fields (select)`,
    'ANSWER_TOO_LARGE',
  )
}
