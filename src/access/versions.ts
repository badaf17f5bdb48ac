import { type Access, appendVersionToQueryKey } from 'payload'

import { isStaff } from './roles'

/**
 * Who reads a collection's versions: staff, each version as they may read the document it was
 * (the collection's read rule applied to the version's own fields), so that the versions API
 * (`/api/news/versions`, GraphQL `versionsallNews`) shows a local editor no draft that
 * `?draft=true` hides from them. Readers and partners never read versions.
 */
export const versionsReadLike =
  (read: Access): Access =>
  async (args) => {
    if (!isStaff(args.req.user)) return false
    const rule = await read(args)
    return typeof rule === 'object' ? appendVersionToQueryKey(rule) : rule
  }
