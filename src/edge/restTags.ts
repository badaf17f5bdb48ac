import type { SanitizedConfig } from 'payload'

import { collectionTag, documentTag, isPublicCollection, mediaFileTag, readerDefaultDepth } from './contract'
import { reachableCollections } from './reachableCollections'

const reserved = new Set(['count', 'versions', 'access', 'init', 'me', 'paste-url', 'file', 'unlock', 'login', 'logout', 'refresh-token'])

/**
 * Tags of an anonymous REST read, from its path and depth (a reader's default where none is
 * named): a list or count of a public collection, one document, or one stored file. Any other
 * path gets none and is not shared.
 */
export function restTags(config: SanitizedConfig, url: URL): string[] {
  const [api, slug, second, third, ...rest] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  if (api !== 'api' || !slug || !isPublicCollection(slug) || rest.length) return []
  const depthParam = url.searchParams.get('depth')
  const depth = depthParam !== null && /^\d+$/.test(depthParam) ? Math.min(Number(depthParam), config.maxDepth) : readerDefaultDepth
  const related = (d: number) =>
    reachableCollections(config, slug, d)
      .filter((s) => s !== slug)
      .map(collectionTag)
  if (second === undefined || (second === 'count' && third === undefined)) return [collectionTag(slug), ...related(depth)]
  if (second === 'file' && third !== undefined) return [mediaFileTag(third)]
  if (third !== undefined || reserved.has(second)) return []
  return [documentTag(slug, second), ...related(depth)]
}
