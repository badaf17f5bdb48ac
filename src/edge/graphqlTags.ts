import { Kind, parse, type DocumentNode } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { collectionTag, publicCollections, type PublicCollection } from './contract'
import { reachableCollections } from './reachableCollections'

const prefixes = /^(count|docAccess|versions|version|all)/
const simplified = (name: string) =>
  name
    .replace(prefixes, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** The public collection a root query field reads, by Payload's naming (`Sheets`, `Sheet`, `allNews`, `countUnits`…). */
function collectionOfRootField(name: string): PublicCollection | undefined {
  const key = simplified(name)
  return publicCollections.find((slug) => {
    const plural = slug.toLowerCase().replace(/[^a-z0-9]/g, '')
    return key === plural || key === plural.replace(/s$/, '')
  })
}

/**
 * Tags of an anonymous GraphQL read: every public collection its root fields read, and those
 * their relationships reach. A root field the hub's naming does not tell (a domain query such as
 * `NewsVisibleIn`) is tagged with every public collection, so that no change can miss it.
 */
export function graphqlTags(config: SanitizedConfig, query: string): string[] {
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return []
  }
  const roots = new Set<string>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    if (definition.kind === Kind.FRAGMENT_DEFINITION && definition.typeCondition.name.value !== 'Query') continue
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD && !selection.name.value.startsWith('__')) roots.add(selection.name.value)
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) roots.add('*')
    }
  }
  const tags = new Set<string>()
  for (const root of roots) {
    const slug = root === '*' ? undefined : collectionOfRootField(root)
    const reached = slug ? reachableCollections(config, slug, config.maxDepth) : publicCollections
    for (const collection of reached) tags.add(collectionTag(collection))
  }
  return [...tags]
}
