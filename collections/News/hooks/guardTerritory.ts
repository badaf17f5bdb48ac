import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { News } from '../../../payload-types'
import { isLocalEditor } from '../../../src/access/roles'
import { departmentsOutside } from '../../../src/access/territory'
import { refuseOutsideTerritory } from '../../../src/access/territoryRefusal'
import { languageOf, listCodes } from '../../../src/lib/editorMessages'

type Scope = Partial<NonNullable<News['scope']>> | null | undefined

const departmentsOf = (scope: Scope): string[] => (scope?.departments ?? []).map(String)

/** What a local editor saves stays within their territory: no national news, every department reached one of theirs. */
function assertScopeWithinTerritory(req: PayloadRequest, scope: Scope): void {
  if (scope?.level === 'national') refuseOutsideTerritory(req, { path: 'scope.level', key: 'nationalNewsIsNational' })
  const departments = departmentsOf(scope)
  if (departments.length === 0) refuseOutsideTerritory(req, { path: 'scope.departments', key: 'newsNeedsDepartment' })
  const outside = departmentsOutside(req.user, departments)
  if (outside.length) {
    const vars = { outside: listCodes(languageOf(req), outside), count: outside.length }
    refuseOutsideTerritory(req, { path: 'scope.departments', key: 'newsOutside', vars })
  }
}

/**
 * What a local editor changes or deletes must already lie within their territory: a news item
 * reaching 35 and 44 is the national newsroom's, and an editor of 35 may not narrow it to 35
 * (then own it) any more than delete it.
 */
function assertMayChange(req: PayloadRequest, scope: Scope): void {
  if (scope?.level === 'national') refuseOutsideTerritory(req, { path: 'scope.level', key: 'readOnlyNationalNews' })
  const outside = departmentsOutside(req.user, departmentsOf(scope))
  if (outside.length) {
    const vars = { outside: listCodes(languageOf(req), outside), count: outside.length }
    refuseOutsideTerritory(req, { path: 'scope.departments', key: 'readOnlyNewsOutside', vars })
  }
}

/** The scope of the published version (what readers see), which a newer draft may not show. */
async function publishedScope(req: PayloadRequest, id: number | string): Promise<Scope | undefined> {
  const published = await req.payload.findByID({
    collection: 'news',
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    select: { scope: true, _status: true },
    disableErrors: true,
  })
  return published?._status === 'published' ? published.scope : undefined
}

/** A scope as it will be saved: what the write sends over what the document holds. */
const scopeAfter = (data: Partial<News> | undefined, originalDoc: Partial<News> | undefined): Scope =>
  data?.scope ? { ...originalDoc?.scope, ...data.scope } : originalDoc?.scope

/**
 * Checked before and after the change: the document as it stands (its latest version and its
 * published one, which access control alone does not see whole), then as it will be saved.
 * Restoring a version goes through here too, with the version as the data.
 */
export const guardNewsTerritory: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!isLocalEditor(req.user)) return data
  if (operation === 'update' && originalDoc) {
    assertMayChange(req, originalDoc.scope)
    const published = await publishedScope(req, originalDoc.id)
    if (published) assertMayChange(req, published)
  }
  assertScopeWithinTerritory(req, scopeAfter(data, originalDoc))
  return data
}

/**
 * Whether the caller may change the news item as it stands, its latest draft and its published
 * version both: what deleting it or scheduling its publication asks (a 403 naming the field if not).
 */
export async function assertMayChangeNews(req: PayloadRequest, id: number | string): Promise<void> {
  if (!isLocalEditor(req.user)) return
  const latest = await req.payload.findByID({
    collection: 'news',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { scope: true },
    disableErrors: true,
  })
  if (latest) assertMayChange(req, latest.scope)
  const published = await publishedScope(req, id)
  if (published) assertMayChange(req, published)
}

/** Deleting removes every version: the same rule as an update, applied to what would disappear. */
export const guardNewsTerritoryOnDelete: CollectionBeforeDeleteHook = ({ id, req }) => assertMayChangeNews(req, id)
