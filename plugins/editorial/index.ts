import type { CollectionConfig, Config } from 'payload'

import { refuseUnpublishingSave } from './keepPublished'
import { withLastEditedBy } from './lastEditedBy'
import { reviewDigestTask } from './reviewDigest'

const schedulesPublishing = (collection: CollectionConfig): boolean =>
  typeof collection.versions === 'object' && typeof collection.versions.drafts === 'object' && Boolean(collection.versions.drafts.schedulePublish)

/** The scheduling drawer opens on « Publier » for a draft never published (src/admin/SchedulePublishFirst.tsx). */
function withPublishFirst(collection: CollectionConfig): CollectionConfig {
  if (!schedulesPublishing(collection)) return collection
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  const edit = components.edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...components,
        edit: { ...edit, beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), '/src/admin/SchedulePublishFirst#SchedulePublishFirst'] },
      },
    },
  }
}

/** Saves that do not say whether they publish never unpublish (./keepPublished.ts), plugin enabled or not. */
function withKeepPublished(collection: CollectionConfig): CollectionConfig {
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) return collection
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), refuseUnpublishingSave] } }
}

/**
 * What editors need beyond the collections: who last edited each draft, the editors'
 * dashboard (src/admin/EditorDashboard.tsx) and the morning digest of sheets to review.
 */
export type EditorialOptions = {
  /** Off: the fields and the task stay (the schema does not change); nothing is stamped, shown or sent. */
  enabled?: boolean
}

export const editorial =
  ({ enabled = true }: EditorialOptions = {}) =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    if (!enabled) {
      const { schedule: _schedule, ...unscheduled } = reviewDigestTask
      return {
        ...config,
        collections: (config.collections ?? []).map((collection) => withKeepPublished(withLastEditedBy(collection, false))),
        jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), unscheduled] },
      }
    }
    const admin = config.admin ?? {}
    const components = admin.components ?? {}
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => withKeepPublished(withPublishFirst(withLastEditedBy(collection)))),
      admin: {
        ...admin,
        components: { ...components, beforeDashboard: [...(components.beforeDashboard ?? []), '/src/admin/EditorDashboard#EditorDashboard'] },
      },
      jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), reviewDigestTask] },
    }
  }
