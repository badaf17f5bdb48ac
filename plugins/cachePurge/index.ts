import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config } from 'payload'

import { collectionTag, isPublicCollection } from '../../src/edge/contract'
import { createCommitPurges } from './commitPurges'
import { documentTags } from './documentTags'
import { createNewsExpiryWatcher } from './newsExpiry'
import { PurgeOutbox } from './PurgeOutbox'

export { purgeOutboxSlug } from './PurgeOutbox'

/**
 * What the edge asks of this plugin, kept in the config's `custom.cacheSchedule`: when an answer
 * stops being true by itself (no save purges it then), and what to read again after another
 * instance's change.
 */
export type CacheSchedule = {
  /** The next moment (ms) an answer with these tags changes without a save: a news item's expiry. */
  nextChange: (tags: string[]) => number | undefined
  /** A change committed anywhere (read from the outbox): the next expiry may have moved; resolves once read again. */
  changed: (tags: string[]) => Promise<void>
}

const showsNews = (tags: string[]) => tags.some((tag) => tag === collectionTag('news') || tag.startsWith('news:'))

/** The plugin's schedule in a config built with it, if any. */
export const cacheScheduleOf = (config: { custom?: Record<string, unknown> }): CacheSchedule | undefined =>
  config.custom?.cacheSchedule as CacheSchedule | undefined

export type CachePurgeOptions = {
  /** Off: collections keep their schema, no change purges anything (caches then only expire). */
  enabled?: boolean
  /**
   * Where purges go: the hub's bus (every instance's memory, Redis, Varnish), from payload.config.ts.
   * `outboxId`: the outbox row holding a committed change's tags, already applied by this purge.
   */
  purge: (tags: string[], outboxId?: number | string) => Promise<void>
}

/**
 * Every change to public content purges exactly the answers that show it, everywhere they are
 * kept: the edge's memory in every instance and the HTTP caches in front. A save or deletion
 * purges the tags of the document before and after (a news item moved to another department
 * leaves both), once the change is committed; an expiry date passing purges at that moment.
 * What a change purges is also written to an outbox in its transaction (PurgeOutbox.ts), which
 * every instance applies: a purge outlives Redis, a cache or an instance being away.
 */
export const cachePurge =
  ({ enabled = true, purge }: CachePurgeOptions) =>
  (config: Config): Config => {
    // Off keeps the schema: the outbox table stays, empty.
    if (!enabled) return { ...config, collections: [...(config.collections ?? []), PurgeOutbox] }
    const expiry = createNewsExpiryWatcher(purge)
    const commits = createCommitPurges(async (tags, outboxId) => {
      // The next expiry date is read once a news change is committed: inside its transaction,
      // another connection does not see it yet.
      if (tags.includes(collectionTag('news'))) void expiry.rearm()
      await purge(tags, outboxId)
    })

    const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
      await commits.after(req, [...documentTags(collection.slug, previousDoc), ...documentTags(collection.slug, doc)])
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
      await commits.after(req, documentTags(collection.slug, doc))
      return doc
    }
    const withPurges = (collection: CollectionConfig): CollectionConfig => {
      if (!isPublicCollection(collection.slug)) return collection
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), afterChange], afterDelete: [...(hooks.afterDelete ?? []), afterDelete] },
      }
    }

    const schedule: CacheSchedule = {
      nextChange: (tags) => (showsNews(tags) ? expiry.nextExpiry() : undefined),
      changed: async (tags) => {
        if (showsNews(tags)) await expiry.rearm()
      },
    }

    const onInit = config.onInit
    return {
      ...config,
      collections: [...(config.collections ?? []).map(withPurges), PurgeOutbox],
      custom: { ...config.custom, cacheSchedule: schedule },
      onInit: async (payload) => {
        await onInit?.(payload)
        commits.install(payload)
        expiry.start(payload)
      },
    }
  }
