import type { Config } from 'payload'

import { withLastEditedBy } from './lastEditedBy'
import { reviewDigestTask } from './reviewDigest'

/**
 * What editors need beyond the collections: who last edited each draft, the editors'
 * dashboard (src/admin/EditorDashboard.tsx) and the morning digest of sheets to review.
 */
export const editorial =
  () =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    const admin = config.admin ?? {}
    const components = admin.components ?? {}
    return {
      ...config,
      collections: (config.collections ?? []).map(withLastEditedBy),
      admin: { ...admin, components: { ...components, beforeDashboard: [...(components.beforeDashboard ?? []), '/src/admin/EditorDashboard#EditorDashboard'] } },
      jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), reviewDigestTask] },
    }
  }
