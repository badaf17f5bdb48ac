import type { PayloadRequest } from 'payload'

import type { Service, Sheet } from '../../../payload-types'
import { collectionTag, guideTag, latestDate } from '../../../src/edge/contract'
import { readerUrl } from '../../../src/lib/readerUrls'
import type { WidgetQuery } from '../contract'
import { filled } from './filled'
import { NotFound } from './sheet'
import { settingsOf } from '../../../src/lib/settings'

const published = <T extends { _status?: string | null }>(items: (number | string | T)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null && item._status === 'published')

/** A whole published guide: the widget walks it without asking the hub again. */
export async function orienteerData(req: PayloadRequest, query: WidgetQuery<'orienteer'>) {
  const { origin } = settingsOf(req.payload)
  const found = await req.payload.find({
    collection: 'guides',
    where: { slug: { equals: query.guide } },
    limit: 1,
    depth: 1,
    locale: query.lang,
    fallbackLocale: 'fr',
    overrideAccess: false,
    pagination: false,
  })
  const guide = found.docs[0]
  if (!guide) throw new NotFound(`guide: no published guide "${query.guide}"`)
  const linked = (guide.outcomes ?? []).flatMap((outcome) => [...published<Service>(outcome.services), ...published<Sheet>(outcome.sheets)])
  const data = {
    guide: {
      slug: filled(guide.slug),
      title: filled(guide.title),
      intro: guide.intro ?? null,
      start: guide.startStep,
      steps: (guide.steps ?? []).map((step) => ({
        key: step.key,
        question: filled(step.question),
        help: step.help ?? null,
        answers: (step.answers ?? []).map((answer) => ({ label: answer.label, next: answer.next })),
      })),
      outcomes: (guide.outcomes ?? []).map((outcome) => ({
        key: outcome.key,
        title: filled(outcome.title),
        urgent: Boolean(outcome.urgent),
        advice: outcome.advice,
        evidence: outcome.evidence ?? null,
        suggestUnits: Boolean(outcome.suggestUnits),
        services: published<Service>(outcome.services).map((s) => ({
          slug: filled(s.slug),
          name: filled(s.name),
          acronym: s.acronym ?? null,
          summary: s.summary,
          url: s.url,
          page: readerUrl(origin, 'service', s.slug ?? String(s.id), query.lang),
        })),
        sheets: published<Sheet>(outcome.sheets).map((s) => ({
          slug: filled(s.slug),
          title: filled(s.title),
          summary: s.summary,
          page: readerUrl(origin, 'sheet', s.slug ?? String(s.id), query.lang),
        })),
      })),
    },
  }
  // Outcomes name services and sheets read at depth 1: a change to any of them changes the guide's answer.
  const tags = [guideTag(query.guide), collectionTag('services'), collectionTag('sheets')]
  return { data, tags, lastModified: latestDate([guide.updatedAt, ...linked.map((doc) => doc.updatedAt)]) }
}
