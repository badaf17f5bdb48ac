import crypto from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { absoluteUrl } from '../../src/lib/absoluteUrl'
import { deliveryQueue } from './deliver'
import type { WebhookEvent } from './events'
import { settingsOf } from '../../src/lib/settings'

type Doc = { id: number | string; _status?: string | null; slug?: string | null; title?: string | null; name?: string | null }

/** Queues one delivery per active webhook listening to the event; the save only pays for these inserts. */
export async function enqueueWebhookEvent(req: PayloadRequest, event: WebhookEvent, collection: string, doc: Doc): Promise<void> {
  const { origin } = settingsOf(req.payload)
  const { docs: webhooks } = await req.payload.find({
    collection: 'webhooks',
    where: { and: [{ state: { equals: 'active' } }, { events: { in: [event] } }] },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    req,
  })
  if (webhooks.length === 0) return
  const url = absoluteUrl(origin, `/api/${collection}/${doc.id}`)
  for (const webhook of webhooks) {
    const deliveryId = crypto.randomUUID()
    const body = JSON.stringify({
      id: deliveryId,
      event,
      occurredAt: new Date().toISOString(),
      data: { collection, id: doc.id, slug: doc.slug ?? undefined, title: doc.title ?? doc.name ?? undefined, url },
    })
    // Queued in the save's transaction (`req`): no delivery for a change rolled back, none lost
    // for one committed. One order key per receiver and document: they leave in this order.
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      queue: deliveryQueue,
      input: { webhook: String(webhook.id), event, deliveryId, body },
      meta: { orderKey: `${webhook.id}:${collection}:${doc.id}` },
      req,
    })
  }
}

/** Whether the document readers see is published: a draft saved over a published version leaves it published. */
async function readersSeePublished(req: PayloadRequest, collection: string, id: Doc['id']): Promise<boolean> {
  const current = (await req.payload.findByID({
    collection: collection as 'news',
    id,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    depth: 0,
    req,
  })) as Doc | null
  return current?._status === 'published'
}

const WAS_PUBLISHED = 'webhooksWasPublished'

/**
 * Remembers whether readers saw the document published before this save. `previousDoc` cannot
 * tell: after a draft is saved it is that draft, while readers still see the published version.
 */
export const rememberPublishedState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const was = operation === 'update' && originalDoc?.id !== undefined && (await readersSeePublished(req, collection.slug, originalDoc.id))
  // Set after the read: a Local API call made with `req` gives the request a fresh context.
  req.context[WAS_PUBLISHED] = was
  return data
}

type PublishEvents = { published: WebhookEvent; updated: WebhookEvent; unpublished: WebhookEvent }

/**
 * Events as readers see them: publishing, changing the published version, unpublishing.
 * Saving a draft changes nothing readers see, so it is no event.
 */
export const publishingWebhooks =
  (events: PublishEvents, collection: string): CollectionAfterChangeHook =>
  async ({ context, doc, req }) => {
    const was = context[WAS_PUBLISHED] === true
    if (doc._status === 'published') await enqueueWebhookEvent(req, was ? events.updated : events.published, collection, doc)
    else if (was && !(await readersSeePublished(req, collection, doc.id))) await enqueueWebhookEvent(req, events.unpublished, collection, doc)
    return doc
  }

export const anyChangeWebhooks =
  (event: WebhookEvent, collection: string): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await enqueueWebhookEvent(req, event, collection, doc)
    return doc
  }

/** Deleting a published document removes it from readers; deleting a draft changes nothing they see. */
export const deletedWebhooks =
  (event: WebhookEvent, collection: string, onlyPublished: boolean): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!onlyPublished || doc._status === 'published') await enqueueWebhookEvent(req, event, collection, doc)
    return doc
  }
