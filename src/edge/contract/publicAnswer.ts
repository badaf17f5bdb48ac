import { cacheControlHint } from './cachePolicy'
import { surrogateKey } from './tags'

export type PublicAnswerOptions = {
  /** What the answer shows (see tags.ts): a change to any of them purges it. */
  tags: string[]
  /** When what it shows last changed. */
  lastModified?: Date | string | null
  /** Seconds browsers may reuse it without asking (shared caches are told by the edge). */
  browserMaxAge?: number
  /** Content-addressed files that never change (hashed chunks). */
  immutable?: boolean
  /** When the answer stops being true whatever the content (hours that open or close). */
  freshUntil?: Date
  headers?: Record<string, string>
}

/**
 * A successful public read as a handler returns it: the bytes, their type, the tags of what
 * they show and their date. The edge adds the rest (Cache-Control, ETag, Vary, 304, CORS,
 * compression) and keeps a copy for the next anonymous reader.
 */
export function publicAnswer(body: string | Uint8Array, contentType: string, options: PublicAnswerOptions): Response {
  const headers = new Headers(options.headers)
  headers.set('Content-Type', contentType)
  headers.set('Surrogate-Key', surrogateKey(options.tags))
  if (options.lastModified) {
    const date = new Date(options.lastModified)
    if (!Number.isNaN(date.getTime())) headers.set('Last-Modified', date.toUTCString())
  }
  const cacheControl = cacheControlHint({
    browserMaxAge: options.browserMaxAge,
    sharedMaxAge: options.freshUntil ? Math.max(0, Math.floor((options.freshUntil.getTime() - Date.now()) / 1000)) : undefined,
    immutable: options.immutable,
  })
  if (cacheControl) headers.set('Cache-Control', cacheControl)
  return new Response(body as BodyInit, { status: 200, headers })
}

export const publicJson = (data: unknown, options: PublicAnswerOptions): Response =>
  publicAnswer(JSON.stringify(data), 'application/json; charset=utf-8', options)

/** The latest of some dates (updatedAt of the documents an answer shows), for Last-Modified. */
export function latestDate(dates: Iterable<string | Date | null | undefined>): Date | undefined {
  let latest: Date | undefined
  for (const value of dates) {
    if (!value) continue
    const date = new Date(value)
    if (!Number.isNaN(date.getTime()) && (!latest || date > latest)) latest = date
  }
  return latest
}
