import type { MessageKey } from '../lib/editorMessages'
import { isLocalEditor, userDepartments } from './roles'

type User = Parameters<typeof isLocalEditor>[0]

export type ReadOnlyReason = { key: MessageKey; vars: Record<string, string | number> }

const list = (codes: string[]) => codes.join(', ')

/**
 * Why a local editor may read a document but not change it, from the same rules as the access
 * control (src/access/territory.ts): the admin shows it above a read-only form.
 */
export function readOnlyReason(
  collection: string,
  doc: { department?: unknown; scopeLevel?: unknown; scopeDepartments?: unknown },
  user: User,
): ReadOnlyReason | null {
  if (!isLocalEditor(user)) return null
  const departments = userDepartments(user)
  if (collection === 'units') {
    const department = typeof doc.department === 'string' ? doc.department : ''
    return department && !departments.includes(department) ? { key: 'readOnlyUnit', vars: { department } } : null
  }
  if (collection === 'news') {
    if (doc.scopeLevel === 'national') return { key: 'readOnlyNationalNews', vars: {} }
    const reached = Array.isArray(doc.scopeDepartments) ? doc.scopeDepartments.map(String) : []
    const outside = reached.filter((d) => !departments.includes(d))
    return outside.length
      ? { key: 'readOnlyNewsOutside', vars: { outside: list(outside), departments: list(departments), count: outside.length } }
      : null
  }
  return null
}
