import { Kind, parse, visit, type DocumentNode, type GraphQLFormattedError } from 'graphql'

/** The longest query text anyone may send, persisted or not. */
export const maxQueryLength = 20_000
/** Far more names, braces and arguments than any page of an app asks, and parsed in microseconds. */
export const maxQueryTokens = 3_000

const refusal = (message: string): GraphQLFormattedError => ({ message, extensions: { code: 'BAD_REQUEST', statusCode: 400 } })

/** Each fragment's name and the fragments it spreads, in document order. */
function spreadsOf(document: DocumentNode): Map<string, string[]> {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION || spreads.has(definition.name.value)) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  return spreads
}

/**
 * Fragments that spread themselves (`fragment F on Query { ...G } fragment G on Query { ...F }`),
 * reported in graphql's own words. Walked with a stack of its own, not by recursion: graphql's
 * rule (and Payload's complexity rule, which follows spreads without looking for cycles) recurse
 * once per spread, and a long enough chain overflowed the stack (a 500).
 */
export function fragmentCycles(document: DocumentNode): GraphQLFormattedError[] {
  const spreads = spreadsOf(document)
  const state = new Map<string, 'open' | 'done'>()
  const errors: GraphQLFormattedError[] = []
  for (const start of spreads.keys()) {
    if (state.has(start)) continue
    const path: string[] = [start]
    const next: number[] = [0]
    state.set(start, 'open')
    while (path.length) {
      const name = path[path.length - 1]
      const targets = spreads.get(name) ?? []
      const index = next[next.length - 1]++
      if (index >= targets.length) {
        state.set(name, 'done')
        path.pop()
        next.pop()
        continue
      }
      const target = targets[index]
      if (!spreads.has(target) || state.get(target) === 'done') continue
      if (state.get(target) === 'open') {
        const cycle = path.slice(path.indexOf(target))
        const via = cycle.slice(1).map((fragment) => `"${fragment}"`)
        errors.push(refusal(`Cannot spread fragment "${target}" within itself${via.length ? ` via ${via.join(', ')}.` : '.'}`))
        continue
      }
      state.set(target, 'open')
      path.push(target)
      next.push(0)
    }
  }
  return errors
}

/**
 * What a query costs to read, bounded before anything reads it without bounds (Payload's
 * handler parses and validates the whole text): its length, then its tokens (graphql stops
 * parsing past the limit), then fragment cycles. A query that does not parse for another reason
 * is left to the GraphQL handler, which reports where.
 */
export function queryProblems(query: string): GraphQLFormattedError[] {
  if (query.length > maxQueryLength) return [refusal(`query: at most ${maxQueryLength} characters (got ${query.length})`)]
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: maxQueryTokens })
  } catch (error) {
    // graphql may be loaded twice (ESM and CommonJS): its error class is not one.
    if (error instanceof Error && /contains more \w+ \d+ tokens/.test(error.message)) return [refusal(`query: at most ${maxQueryTokens} tokens`)]
    return []
  }
  return fragmentCycles(document)
}
