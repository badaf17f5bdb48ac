/** The link schemes a rich text may hold: what a reader's browser or app may follow safely. */
export const linkSchemes = ['http:', 'https:', 'mailto:', 'tel:'] as const

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const expected = 'expected a Lexical document ({"root":{"type":"root","children":[…]}})'

/**
 * Whether a link may be stored: an absolute URL with one of `linkSchemes`. The URL parser reads
 * it as browsers do (`JavaScript:`, ` javascript:`, `java\nscript:` are all `javascript:`).
 */
export function allowedLink(url: unknown): boolean {
  if (typeof url !== 'string') return false
  try {
    return (linkSchemes as readonly string[]).includes(new URL(url).protocol)
  } catch {
    return false
  }
}

/** A link node's target: Payload's link feature keeps it in `fields`, plain Lexical on the node. */
function linkTarget(node: Record<string, unknown>): { internal: boolean; url: unknown } {
  const fields = isPlainObject(node.fields) ? node.fields : {}
  if (fields.linkType === 'internal') return { internal: true, url: undefined }
  return { internal: false, url: 'url' in fields ? fields.url : node.url }
}

/**
 * What is wrong with a rich text value, before Payload's Lexical code reads it (it answered a 500
 * to `{"root":{"children":"x"}}`, and stored `42` or `"plain text"` in drafts): the document's
 * shape, and every link's scheme, so that no consumer (REST, GraphQL, feeds, widgets, the reader
 * pages) is handed a `javascript:` or `data:` URL. Walked without recursion: its size is bounded
 * elsewhere, its depth is not.
 */
export function richTextIssue(value: unknown): string | undefined {
  const root = isPlainObject(value) ? value.root : undefined
  if (!isPlainObject(root) || root.type !== 'root' || !Array.isArray(root.children)) return `${expected}, got ${JSON.stringify(value)?.slice(0, 80)}`
  const pending: { node: Record<string, unknown>; path: string }[] = [{ node: root, path: 'root' }]
  while (pending.length) {
    const { node, path } = pending.pop() as { node: Record<string, unknown>; path: string }
    if (node.type === 'link' || node.type === 'autolink') {
      const { internal, url } = linkTarget(node)
      if (!internal && !allowedLink(url)) {
        return `the link ${JSON.stringify(url)} at ${path} is refused: links must be absolute http, https, mailto or tel addresses`
      }
    }
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return `${expected}: ${path}.children is not a list of nodes`
    for (const [index, child] of node.children.entries()) {
      const childPath = `${path}.children.${index}`
      if (!isPlainObject(child) || typeof child.type !== 'string') return `${expected}: ${childPath} is not a node (an object with a type)`
      pending.push({ node: child, path: childPath })
    }
  }
  return undefined
}
