import type { Access, Where } from 'payload'

import { isStaff } from './roles'

/** What anyone may read of a collection with drafts: its published versions. */
export const publishedWhere: Where = { _status: { equals: 'published' } }

/** Published and not yet expired: the only news a reader, a widget or a feed ever sees. */
export const visibleNewsWhere = (now: Date = new Date()): Where => ({
  and: [publishedWhere, { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now.toISOString() } }] }],
})

export const publishedOrStaff: Access = ({ req: { user } }) => (isStaff(user) ? true : publishedWhere)

export const staffOnly: Access = ({ req: { user } }) => isStaff(user)
