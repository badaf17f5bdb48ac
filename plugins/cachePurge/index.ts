import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config } from 'payload'

import { collectionTag, isPublicCollection } from '../../src/edge/contract'
import { createCommitPurges } from './commitPurges'
import { documentTags } from './documentTags'
import { createNewsExpiryWatcher } from './newsExpiry'

export type CachePurgeOptions = {
  /** Off: collections keep their schema, no change purges anything (caches then only expire). */
  enabled?: boolean
  /** Where purges go: the hub's bus (every instance's memory, Redis, Varnish), from payload.config.ts. */
  purge: (tags: string[]) => Promise<void>
}

/**
 * Every change to public content purges exactly the answers that show it, everywhere they are
 * kept: the edge's memory in every instance and the HTTP caches in front. A save or deletion
 * purges the tags of the document before and after (a news item moved to another department
 * leaves both), once the change is committed; an expiry date passing purges at that moment.
 */
export const cachePurge =
  ({ enabled = true, purge }: CachePurgeOptions) =>
  (config: Config): Config => {
    if (!enabled) return config
    const expiry = createNewsExpiryWatcher(purge)
    const commits = createCommitPurges(async (tags) => {
      // The next expiry date is read once a news change is committed: inside its transaction,
      // another connection does not see it yet.
      if (tags.includes(collectionTag('news'))) void expiry.rearm()
      await purge(tags)
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

    const onInit = config.onInit
    return {
      ...config,
      collections: (config.collections ?? []).map(withPurges),
      onInit: async (payload) => {
        await onInit?.(payload)
        commits.install(payload)
        expiry.start(payload)
      },
    }
  }
