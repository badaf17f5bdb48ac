import type { CollectionConfig, Config } from 'payload'

import { withJobQueue } from '../../src/jobs/jobQueues'
import { deliverWebhookTask, deliveryQueue } from './deliver'
import { anyChangeWebhooks, deletedWebhooks, publishingWebhooks, rememberPublishedState } from './enqueue'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'

export type WebhooksOptions = {
  /** Off: the collections stay (the schema does not change) but no event is queued. */
  enabled?: boolean
  /** First retry delay; each further retry doubles it. */
  retryDelayMs?: number
}

type Hooks = Pick<NonNullable<CollectionConfig['hooks']>, 'beforeChange' | 'afterChange' | 'afterDelete'>

const sheetEvent = { published: 'sheet.updated', updated: 'sheet.updated', unpublished: 'sheet.updated' } as const
const serviceEvent = { published: 'service.changed', updated: 'service.changed', unpublished: 'service.changed' } as const

const hooksFor: Record<string, Hooks> = {
  news: {
    beforeChange: [rememberPublishedState],
    afterChange: [publishingWebhooks({ published: 'news.published', updated: 'news.updated', unpublished: 'news.unpublished' }, 'news')],
    afterDelete: [deletedWebhooks('news.unpublished', 'news', true)],
  },
  sheets: {
    beforeChange: [rememberPublishedState],
    afterChange: [publishingWebhooks(sheetEvent, 'sheets')],
    afterDelete: [deletedWebhooks('sheet.updated', 'sheets', true)],
  },
  services: {
    beforeChange: [rememberPublishedState],
    afterChange: [publishingWebhooks(serviceEvent, 'services')],
    afterDelete: [deletedWebhooks('service.changed', 'services', true)],
  },
  units: { afterChange: [anyChangeWebhooks('unit.changed', 'units')], afterDelete: [deletedWebhooks('unit.changed', 'units', false)] },
}

function withHooks(collection: CollectionConfig): CollectionConfig {
  const extra = hooksFor[collection.slug]
  if (!extra) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), ...(extra.beforeChange ?? [])],
      afterChange: [...(hooks.afterChange ?? []), ...(extra.afterChange ?? [])],
      afterDelete: [...(hooks.afterDelete ?? []), ...(extra.afterDelete ?? [])],
    },
  }
}

/**
 * Signed change notifications to partners' receivers, delivered by the job queue with retries,
 * in order for each document and receiver (src/jobs/jobRecords.ts, `orderKey`).
 */
export const webhooks =
  ({ enabled = true, retryDelayMs = 30_000 }: WebhooksOptions = {}) =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    // Twenty deliveries at once per instance: receivers that answer slowly do not hold up the others.
    return withJobQueue(
      {
        ...config,
        collections: [...(enabled ? (config.collections ?? []).map(withHooks) : (config.collections ?? [])), Webhooks, WebhookDeliveries],
        jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), deliverWebhookTask(retryDelayMs)] },
      },
      { name: deliveryQueue, concurrency: 20 },
    )
  }
