import * as qs from 'qs-esm'

/** A query string as Payload reads it: nested objects and lists of texts. */
export type Query = { [key: string]: QueryValue }
export type QueryValue = string | QueryValue[] | Query

// Payload's own options (payload/dist/utilities/createPayloadRequest.js): the edge must read
// exactly what Payload will read, or a check on one reading lets through another.
const parseOptions = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true } as const
/** More parameters than any client sends; qs would silently drop those past its own 1,000. */
const maxParameters = 200

const shown = (text: string) => text.slice(0, 100).replaceAll('\u0000', '\\u0000')

/** A parameter's name as a client wrote it, without its brackets: `where` for `where[id][in]`. */
const rootName = (key: string) => key.split('[')[0]

/**
 * Reads a query string once, as Payload does (qs, same options), refusing what Payload would
 * read differently from the client's intent or fail on: malformed percent-escapes (qs keeps
 * them raw), NUL characters, nesting deeper than qs reads (it keeps the rest as a literal name).
 */
export function parseQuery(search: string): { query: Query } | { problem: string } {
  const text = search.startsWith('?') ? search.slice(1) : search
  if (!text) return { query: {} }
  const parts = text.split('&').filter(Boolean)
  if (parts.length > maxParameters) return { problem: `query: more than ${maxParameters} parameters` }
  for (const part of parts) {
    const [key] = part.split('=', 1)
    for (const piece of [key, part.slice(key.length + 1)]) {
      let decoded: string
      try {
        decoded = decodeURIComponent(piece.replaceAll('+', ' '))
      } catch {
        return { problem: `${shown(rootName(key))}: malformed percent-encoding (write % as %25)` }
      }
      if (decoded.includes('\u0000')) return { problem: `${shown(safeDecode(key))}: contains a NUL character` }
    }
  }
  const query = qs.parse(text, parseOptions) as Query
  const tooDeep = deepestLiteralBracket(query)
  if (tooDeep) return { problem: `${shown(tooDeep)}: nested more than ${parseOptions.depth} levels` }
  return { query }
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The parameter whose nesting qs stopped reading (it keeps `[l][m]` as a name), if any. */
function deepestLiteralBracket(value: QueryValue, name = ''): string | undefined {
  if (typeof value === 'string') return undefined
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('[')) return name || key
    const found = deepestLiteralBracket(inner, name || key)
    if (found) return found
  }
  return undefined
}

/**
 * The one spelling of a query: names sorted at every level, every name and value escaped the
 * same way. Payload reads it back (qs) as the very object the edge checked, and the edge's
 * cache keys on it, so `?page=2&limit=3` and `?limit=3&page=%32` are one answer.
 */
export const canonicalSearch = (query: Query): string => {
  const text = qs.stringify(query, { sort: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) })
  return text ? `?${text}` : ''
}

/** How a value a client gave differs from one text, in the words of a 400. */
export function notOneValue(name: string, value: QueryValue): string | undefined {
  if (typeof value === 'string') return undefined
  if (Array.isArray(value)) return `${name}: given more than once or as a list (${name}[]=); expected one value`
  return `${name}: expected one value, got an object (${name}[…]=)`
}

/**
 * The generic reading of a route that checks its own parameters: each must be one text (a list
 * or an object would reach a handler that reads one value, or fail in it). With `known`, the
 * others are dropped: they change nothing in the answer, so they must not make new cache keys.
 */
export function plainParameters(query: Query, known?: readonly string[]): { query: Query } | { problem: string } {
  const kept: Query = {}
  for (const [name, value] of Object.entries(query)) {
    if (known && !known.includes(name)) continue
    const wrong = notOneValue(name, value)
    if (wrong) return { problem: wrong }
    kept[name] = value
  }
  return { query: kept }
}
