import { createLocalReq, type Payload, type Where } from 'payload'

import type { User } from '../../payload-types'
import { isAdmin, isNationalStaff } from '../access/roles'
import { type DueReview, reviewsDue } from './reviewsDue'
import { type Lang } from './language'

/** The collections editors write with drafts, in the order the dashboard lists them. */
const editorialCollections = ['news', 'sheets', 'services', 'guides'] as const
type EditorialCollection = (typeof editorialCollections)[number]

export type DashboardItem = {
  collection: EditorialCollection
  id: number | string
  title: string
  /** The date the list is ordered by: last save (drafts), publication (published), planned time (scheduled). */
  date: string
}
export type ScheduledItem = DashboardItem & { action: 'publish' | 'unpublish'; timezone?: string }
export type FailedDelivery = { id: number | string; webhook: string; event: string; error: string; date: string }

export type EditorDashboard = {
  drafts: DashboardItem[]
  scheduled: ScheduledItem[]
  recentlyPublished: DashboardItem[]
  /** Null for editors who cannot edit sheets (local editors). */
  reviewsDue: DueReview[] | null
  /** Null unless the user is an admin. */
  failedDeliveries: FailedDelivery[] | null
}

type Options = { limit?: number; now?: Date; locale?: Lang }

/**
 * What the user may edit in a collection, as the collection's own update access says (a local
 * editor: the news of their departments), so the dashboard lists their work, not France's.
 */
async function editableWhere(payload: Payload, collection: EditorialCollection, user: User): Promise<Where | false> {
  const update = payload.collections[collection].config.access.update
  const result = await update({ req: await createLocalReq({ user: { ...user, collection: 'users' } }, payload) })
  if (result === true) return {}
  return result ? result : false
}

const titleOf = (payload: Payload, collection: EditorialCollection, doc: { id: number | string }): string => {
  const field = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const value = (doc as unknown as Record<string, unknown>)[field]
  return typeof value === 'string' && value ? value : `#${String(doc.id)}`
}

const and = (...wheres: Where[]): Where => ({ and: wheres.filter((where) => Object.keys(where).length > 0) })

async function editable(payload: Payload, user: User) {
  const found: [EditorialCollection, Where][] = []
  for (const collection of editorialCollections) {
    const where = await editableWhere(payload, collection, user)
    if (where) found.push([collection, where])
  }
  return found
}

/** Documents whose latest version is a draft the user saved last, the most recent first. */
async function myDrafts(payload: Payload, user: User, { limit, locale }: Required<Omit<Options, 'now'>>): Promise<DashboardItem[]> {
  const items: DashboardItem[] = []
  for (const [collection, where] of await editable(payload, user)) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: and(where, { _status: { equals: 'draft' } }, { lastEditedBy: { equals: user.id } }),
      sort: '-updatedAt',
      limit,
      depth: 0,
      locale,
      overrideAccess: true,
    })
    for (const doc of docs) items.push({ collection, id: doc.id, title: titleOf(payload, collection, doc), date: doc.updatedAt })
  }
  return items.sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit)
}

/** Published documents the user may edit, the latest publication first (news: their publication date). */
async function recentlyPublished(payload: Payload, user: User, { limit, locale }: Required<Omit<Options, 'now'>>): Promise<DashboardItem[]> {
  const items: DashboardItem[] = []
  for (const [collection, where] of await editable(payload, user)) {
    const dateField = collection === 'news' ? 'publishedAt' : 'updatedAt'
    const { docs } = await payload.find({
      collection,
      where: and(where, { _status: { equals: 'published' } }),
      sort: `-${dateField}`,
      limit,
      depth: 0,
      locale,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const date = (doc as unknown as Record<string, unknown>)[dateField]
      items.push({ collection, id: doc.id, title: titleOf(payload, collection, doc), date: typeof date === 'string' ? date : doc.updatedAt })
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit)
}

type ScheduleInput = { type?: 'publish' | 'unpublish'; timezone?: string; doc?: { relationTo: string; value: string | number } }

/** Publications and unpublications waiting in Payload's queue for documents the user may edit, the soonest first. */
async function scheduled(payload: Payload, user: User, { limit, locale }: Required<Omit<Options, 'now'>>): Promise<ScheduledItem[]> {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    sort: 'waitUntil',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const editableBy = new Map(await editable(payload, user))
  const items: ScheduledItem[] = []
  for (const job of jobs) {
    const input = (job.input ?? {}) as ScheduleInput
    const collection = input.doc?.relationTo as EditorialCollection | undefined
    const where = collection && editableBy.get(collection)
    if (!collection || !where || !job.waitUntil) continue
    const id = payload.db.defaultIDType === 'number' ? Number(input.doc!.value) : input.doc!.value
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: and(where, { id: { equals: id } }),
      limit: 1,
      depth: 0,
      locale,
      overrideAccess: true,
    })
    if (!docs[0]) continue
    items.push({
      collection,
      id,
      title: titleOf(payload, collection, docs[0]),
      date: job.waitUntil,
      action: input.type === 'unpublish' ? 'unpublish' : 'publish',
      timezone: input.timezone,
    })
    if (items.length === limit) break
  }
  return items
}

async function failedDeliveries(payload: Payload, limit: number): Promise<FailedDelivery[]> {
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: { status: { equals: 'failed' } },
    sort: '-createdAt',
    limit,
    depth: 1,
    overrideAccess: true,
  })
  return docs.map((delivery) => ({
    id: delivery.id,
    webhook: typeof delivery.webhook === 'object' ? delivery.webhook.name : String(delivery.webhook),
    event: delivery.event,
    error: delivery.error ?? (delivery.httpStatus ? `HTTP ${delivery.httpStatus}` : ''),
    date: delivery.createdAt,
  }))
}

/** Everything the admin's dashboard shows a user, read through the Local API. */
export async function editorDashboard(
  payload: Payload,
  user: User,
  { limit = 10, now = new Date(), locale = 'fr' }: Options = {},
): Promise<EditorDashboard> {
  const options = { limit, locale }
  return {
    drafts: await myDrafts(payload, user, options),
    scheduled: await scheduled(payload, user, options),
    recentlyPublished: await recentlyPublished(payload, user, options),
    reviewsDue: isNationalStaff({ ...user, collection: 'users' }) ? await reviewsDue(payload, { now, limit, locale }) : null,
    failedDeliveries: isAdmin({ ...user, collection: 'users' }) ? await failedDeliveries(payload, limit) : null,
  }
}
