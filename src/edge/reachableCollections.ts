import type { Field, SanitizedConfig } from 'payload'

import { isPublicCollection, type PublicCollection } from './contract'

function relatedCollections(fields: Field[], all: string[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'relationship' || field.type === 'upload') return Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    // Rich text may embed links, uploads and relationships to any collection.
    if (field.type === 'richText') return all
    if ('fields' in field && Array.isArray(field.fields)) return relatedCollections(field.fields, all)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => relatedCollections(tab.fields, all))
    if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => relatedCollections(block.fields, all))
    return []
  })
}

/**
 * The public collections an answer about `slug` may include when relationships are populated
 * `depth` levels deep: itself, and whatever its relationship fields reach.
 */
export function reachableCollections(config: SanitizedConfig, slug: string, depth: number): PublicCollection[] {
  const all = config.collections.map((c) => c.slug)
  const seen = new Set<string>([slug])
  let frontier = [slug]
  for (let level = 0; level < depth && frontier.length; level++) {
    const next = frontier.flatMap((current) => relatedCollections(config.collections.find((c) => c.slug === current)?.fields ?? [], all))
    frontier = next.filter((s) => !seen.has(s))
    for (const s of frontier) seen.add(s)
  }
  return [...seen].filter(isPublicCollection)
}
