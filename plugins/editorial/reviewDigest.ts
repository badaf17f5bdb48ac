import type { PayloadRequest, TaskConfig } from 'payload'

import { escapeHtml } from '../../src/lib/escapeHtml'
import { settingsOf } from '../../src/lib/settings'
import { type DueReview, reviewsDue } from '../../src/lib/reviewsDue'

const frenchDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })

const adminLink = (origin: string, review: DueReview) => `${origin}/admin/collections/sheets/${review.id}`

function message(origin: string, due: DueReview[]) {
  const subject = due.length === 1 ? 'Relais : 1 fiche pratique à relire' : `Relais : ${due.length} fiches pratiques à relire`
  const intro =
    'La date de relecture de ces fiches est arrivée (la plus ancienne d’abord). Relisez chacune, puis repoussez sa date « À relire avant le ».'
  const line = (review: DueReview) => `${review.title} (à relire avant le ${frenchDay.format(new Date(review.reviewDueDate))})`
  const text = [intro, '', ...due.map((review) => `- ${line(review)}\n  ${adminLink(origin, review)}`)].join('\n')
  const html = `<p>${escapeHtml(intro)}</p><ul>${due.map((review) => `<li><a href="${escapeHtml(adminLink(origin, review))}">${escapeHtml(line(review))}</a></li>`).join('')}</ul>`
  return { subject, text, html }
}

/** One email to each national editor (sheets are theirs) listing every sheet whose review day has come. */
export async function sendReviewDigest(req: PayloadRequest, now = new Date()): Promise<{ due: number; sent: number }> {
  const { payload } = req
  const due = await reviewsDue(payload, { now, req })
  if (due.length === 0) return { due: 0, sent: 0 }
  const editors = await payload.find({
    collection: 'users',
    where: { role: { in: ['editor', 'admin'] } },
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  const { subject, text, html } = message(settingsOf(payload).origin, due)
  for (const editor of editors.docs) await payload.sendEmail({ to: editor.email, subject, text, html })
  return { due: due.length, sent: editors.docs.length }
}

/**
 * Every morning at 7:00 (server time), queued on the default queue that the hub already runs
 * every minute; Payload queues it once whatever the number of instances.
 */
export const reviewDigestTask: TaskConfig<'reviewDigest'> = {
  slug: 'reviewDigest',
  label: 'Rappel des fiches à relire',
  schedule: [{ cron: '0 7 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'due', type: 'number' },
    { name: 'sent', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await sendReviewDigest(req) }),
}
