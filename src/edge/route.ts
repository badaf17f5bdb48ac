import type { Caller } from './caller'
import type { ErrorShape } from './errors'
import type { Query } from './queryReading'

export type EdgeRoute = {
  name: string
  methods: string[]
  /** Matches a pathname, giving its parameters, or false. */
  match: (pathname: string) => Record<string, string> | false
  /**
   * What the route reads of a query string (parsed as Payload parses it), checked and in the form
   * the handler is given and the cache keys on; or why it is refused (a 400 naming the parameter).
   * `caller` is undefined for writes with a credential, which the edge does not identify.
   * Absent: each parameter must be one value.
   */
  readQuery?: (query: Query, context: { method: string; caller: Caller | undefined }) => { query: Query } | { problem: string }
  handle: (request: Request, params: Record<string, string>, caller: Caller | undefined) => Promise<Response> | Response
  /** GETs answered alike to every anonymous reader: counted, tagged, shared and kept in memory. */
  publicRead?: boolean
  /** Other requests counted in the public-read budget (GraphQL reads sent by POST). */
  gated?: boolean
  /** Widget frame pages: the only answers other sites may frame. */
  frameable?: boolean
  /** Whether a request is an attempt to log in (a password to hash): counted per address before anything else. */
  loginAttempt?: (pathname: string, method: string) => boolean
  /** Payload's data answers (REST, GraphQL): bounded in size for anyone but an editor (answerBudget.ts). */
  boundedAnswers?: boolean
  /** The largest body anyone but an editor may send (a GraphQL read), refused before it is read. */
  readerBodyBytes?: number
  /** GraphQL clients expect errors in GraphQL's shape; everything else answers problems. */
  errors?: ErrorShape
}

/** The first route matching the path, read top to bottom, with its parameters. */
export function findRoute(routes: EdgeRoute[], pathname: string): { route: EdgeRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = route.match(pathname)
    if (params) return { route, params }
  }
  return undefined
}
