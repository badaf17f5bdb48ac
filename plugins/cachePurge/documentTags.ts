import {
  collectionTag,
  communeTag,
  departmentTag,
  documentTag,
  guideTag,
  isPublicCollection,
  mediaFileTag,
  nationalNewsTag,
} from '../../src/edge/contract'
import { departmentOfCommune } from '../../src/lib/territories'

type AnyDoc = {
  id?: string | number
  slug?: string | null
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
  scope?: { level?: string | null; departments?: string[] | null; communes?: string[] | null } | null
}

/**
 * The tags of every public answer a version of a document may appear in: lists of its
 * collection, the document itself, and for news the territories it reaches (a commune's news
 * also reaches its department's answers), for guides their slug, for images their files.
 */
export function documentTags(collection: string, doc: AnyDoc | null | undefined): string[] {
  // A create's previous document is empty: it showed nowhere.
  if (!doc || doc.id === undefined || !isPublicCollection(collection)) return []
  const tags = [collectionTag(collection), documentTag(collection, doc.id)]
  if (collection === 'news') {
    const scope = doc.scope ?? {}
    if (!scope.level || scope.level === 'national') tags.push(nationalNewsTag)
    const communes = scope.communes ?? []
    const departments = new Set([...(scope.departments ?? []), ...communes.map((c) => departmentOfCommune(c)).filter((d): d is string => Boolean(d))])
    for (const department of departments) tags.push(departmentTag(department))
    for (const commune of communes) tags.push(communeTag(commune))
  }
  if (collection === 'guides' && doc.slug) tags.push(guideTag(doc.slug))
  if (collection === 'media') {
    for (const filename of [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]) {
      if (filename) tags.push(mediaFileTag(filename))
    }
  }
  return tags
}
