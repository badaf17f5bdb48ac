import type { GraphQLSchema } from 'graphql'
import { createLocalReq, formatNames, type Payload, toWords } from 'payload'

/** A collection's names in the GraphQL schema, as Payload's `initCollections` derives them. */
function graphqlNames(slug: string, graphQL: { singularName?: string; pluralName?: string } | false | undefined) {
  if (graphQL === false) return undefined
  const fromSlug = formatNames(slug)
  const singular = graphQL?.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
  let plural = graphQL?.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
  if (singular === plural) plural = `all${singular}`
  return { singular, plural }
}

export type PublicQuery = {
  name: string
  /** For a collection's reads: which one, and the type of its documents. */
  read?: 'one' | 'page' | 'count'
  type?: string
}

/**
 * The root queries a partner can use: the reads (one, a page, a count) of every collection an
 * anonymous caller may read, and the hub's own queries, in the schema's order. Left out:
 * collections only editors read, and the per-document helpers Payload adds for the admin
 * (versions, access, `me`).
 */
export async function publicQueries(payload: Payload, schema: GraphQLSchema): Promise<PublicQuery[]> {
  const req = await createLocalReq({}, payload)
  const collectionFields = new Set(['Access'])
  const readable = new Map<string, PublicQuery>()
  for (const { config } of Object.values(payload.collections)) {
    const names = graphqlNames(config.slug, config.graphQL)
    if (!names) continue
    const { singular, plural } = names
    const reads: PublicQuery[] = [
      { name: singular, read: 'one', type: singular },
      { name: plural, read: 'page', type: singular },
      { name: `count${plural}`, read: 'count', type: singular },
    ]
    for (const name of [
      ...reads.map((read) => read.name),
      `docAccess${singular}`,
      `version${singular}`,
      `versions${plural}`,
      `me${singular}`,
      `initialized${singular}`,
    ]) {
      collectionFields.add(name)
    }
    if (await config.access.read({ req })) for (const read of reads) readable.set(read.name, read)
  }
  return Object.keys(schema.getQueryType()?.getFields() ?? {})
    .filter((name) => readable.has(name) || !collectionFields.has(name))
    .map((name) => readable.get(name) ?? { name })
}
