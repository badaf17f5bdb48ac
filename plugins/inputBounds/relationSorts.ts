import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { Issue } from './documentData'

/** The paths a sort names: `-a,b`, lists, GraphQL's `a__b`. */
export function sortPaths(sort: unknown): string[] {
  const entries = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return entries
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter(Boolean)
}

/**
 * The collections a path reads through relations (`lastEditedBy.email` reads users); unknown
 * paths read nothing here, Payload refuses them itself.
 */
function collectionsReadBy(req: PayloadRequest, fields: FlattenedField[], segments: string[]): string[] {
  const [head, ...rest] = segments
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field || rest.length === 0) return []
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return collectionsReadBy(req, field.flattenedFields, rest)
    case 'relationship':
    case 'upload': {
      // The id a relation stores is the document's own data.
      if (rest.length === 1 && (rest[0] === 'id' || (Array.isArray(field.relationTo) && ['value', 'relationTo'].includes(rest[0])))) return []
      if (Array.isArray(field.relationTo)) return field.relationTo
      const target = req.payload.collections[field.relationTo]
      return target ? [field.relationTo, ...collectionsReadBy(req, target.config.flattenedFields, rest)] : [field.relationTo]
    }
    case 'join':
      return Array.isArray(field.collection) ? field.collection : [field.collection]
    default:
      return []
  }
}

/**
 * Sorting through a relation orders documents by the related documents' fields before any
 * access rule hides them: `sort=lastEditedBy.email` told a local editor the order of other
 * editors' addresses and roles, which they may not read (Payload scopes `where` on relations to
 * what the caller may read, not `sort`). A sort may go through a relation only into a collection
 * the caller may read whole; otherwise it is a 400 naming it.
 */
export async function relationSortIssues(req: PayloadRequest, collection: SanitizedCollectionConfig, sort: unknown): Promise<Issue[]> {
  const issues: Issue[] = []
  const readable = new Map<string, boolean>()
  for (const path of sortPaths(sort)) {
    let segments = path.split('.')
    let fields = collection.flattenedFields
    // Payload names the versions' reads `read` too: their paths start with `version.` or `parent.`.
    if (collection.versions && segments[0] === 'version') segments = segments.slice(1)
    else if (collection.versions && segments[0] === 'parent') fields = [{ name: 'parent', type: 'relationship', relationTo: collection.slug }]
    for (const slug of collectionsReadBy(req, fields, segments)) {
      if (!readable.has(slug)) {
        const target = req.payload.collections[slug as keyof typeof req.payload.collections]
        readable.set(slug, Boolean(target) && (await target.config.access.read({ req })) === true)
      }
      if (!readable.get(slug)) {
        issues.push({
          path: 'sort',
          message: `sort: ${JSON.stringify(path)} orders by ${slug} you may not all read; sort on a field of ${collection.slug}`,
        })
        break
      }
    }
  }
  return issues
}
