import {
  type GetUpcomingScheduledPublishHandlerArgs,
  getUpcomingScheduledPublishHandler,
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import {
  APIError,
  canAccessAdmin,
  type Collection,
  type CollectionSlug,
  docAccessOperation,
  docAccessOperationGlobal,
  Forbidden,
  type PayloadRequest,
  type ServerFunction,
} from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import { assertMayChangeOf } from '../../src/access/territory'

type Target = { doc?: { relationTo: string; value: number | string } | null; global?: string | null }

type Status = 'draft' | 'published'

/** A collection named by the client, if the hub has it. */
const collectionNamed = (req: PayloadRequest, slug: string): Collection | undefined =>
  Object.hasOwn(req.payload.collections, slug) ? req.payload.collections[slug as CollectionSlug] : undefined

/**
 * Whether the caller may publish (or unpublish) this document now: its access rules for that
 * status and its collection's own territory check, as saving it from its form would ask.
 */
async function assertMaySchedule(req: PayloadRequest, { doc, global }: Target, status: Status): Promise<void> {
  if (doc) {
    const collection = collectionNamed(req, doc.relationTo)
    if (!collection || !hasScheduledPublishEnabled(collection.config)) throw new Forbidden(req.t)
    const permissions = await docAccessOperation({ id: doc.value, collection, data: { _status: status }, req })
    if (!permissions.update) throw new Forbidden(req.t)
    await assertMayChangeOf(collection.config)?.(req, doc.value)
    return
  }
  const globalConfig = global ? req.payload.config.globals.find(({ slug }) => slug === global) : undefined
  if (!globalConfig || !hasScheduledPublishEnabled(globalConfig)) throw new Forbidden(req.t)
  if (!(await docAccessOperationGlobal({ data: { _status: status }, globalConfig, req })).update) throw new Forbidden(req.t)
}

const statusOf = (type: unknown): Status => (type === 'unpublish' ? 'draft' : 'published')

const refusal = (error: unknown): { error: string } => {
  if (error instanceof APIError) return { error: error.message }
  throw error
}

/** Removes one scheduled publication, if the caller may publish the document it schedules. */
async function deleteScheduled(req: PayloadRequest, deleteID: number | string): Promise<void> {
  const job = await req.payload.db.findOne<{ id: number | string; input?: Target & { type?: string } }>({
    collection: 'payload-jobs',
    req,
    where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
  })
  if (!job) return
  // A job without a target (Payload once queued one on every deletion) publishes nothing: anyone may clear it.
  if (job.input?.doc || job.input?.global) await assertMaySchedule(req, job.input, statusOf(job.input.type))
  await req.payload.delete({ collection: 'payload-jobs', where: { id: { equals: job.id } }, req, overrideAccess: true })
}

/**
 * The admin's « Programmer » drawer. Payload's own server function checks only that the caller
 * may use the admin: any editor could schedule the publication of any document, or delete
 * anyone's scheduled publication by its job id (and each deletion queued an empty job). Here
 * both obey the rules of the document they schedule; a refusal is answered as Payload answers
 * its own errors, `{ error }`. Registered in `src/app/(payload)/layout.tsx`.
 */
export const schedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req, deleteID, doc, global, type } = args
  await canAccessAdmin({ req })
  try {
    if (deleteID !== undefined && deleteID !== null && deleteID !== '') {
      await deleteScheduled(req, deleteID)
      return { message: req.i18n.t('general:success') }
    }
    await assertMaySchedule(req, { doc, global }, statusOf(type))
  } catch (error) {
    return refusal(error)
  }
  return schedulePublishHandler(args)
}

/** The drawer's list of upcoming publications: only of a document the caller may publish. */
export const getUpcomingScheduledPublish: ServerFunction<GetUpcomingScheduledPublishHandlerArgs> = async (args) => {
  const { req, id, collectionSlug } = args
  await canAccessAdmin({ req })
  if (collectionSlug && id !== undefined) {
    const collection = collectionNamed(req, collectionSlug)
    if (collection) await assertMayChangeOf(collection.config)?.(req, id)
  }
  return getUpcomingScheduledPublishHandler(args)
}

/** Server functions of the admin replaced by the hub (`handleServerFunctions`' `serverFunctions`). */
export const editorialServerFunctions = {
  'schedule-publish': schedulePublish,
  'get-upcoming-scheduled-publish': getUpcomingScheduledPublish,
}
