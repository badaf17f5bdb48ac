import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Answer } from './answer'
import type { CachedAnswer } from './answerStore'
import { encodeAsync, isCompressible, negotiateEncoding, type Encoding } from './encoding'
import { notModified, variantEtag } from './validators'

/** What goes on the wire: a status, headers ready for node:http, and the bytes (dropped for HEAD). */
export type Outgoing = { status: number; headers: OutgoingHttpHeaders; body?: Buffer }

/** Headers for node:http: each Set-Cookie on its own line, everything else as the handler wrote it. */
function outgoingHeaders(headers: Headers): OutgoingHttpHeaders {
  const result: OutgoingHttpHeaders = {}
  headers.forEach((value, key) => {
    if (key !== 'set-cookie') result[key] = value
  })
  const cookies = headers.getSetCookie()
  if (cookies.length) result['set-cookie'] = cookies
  return result
}

const header = (answer: CachedAnswer, name: string): string | undefined => answer.headers.find(([key]) => key === name)?.[1]

/** A kept answer's lifetimes shortened to what is left before its next scheduled change. */
function lifetimesLeft(headers: OutgoingHttpHeaders, changesAt: number): void {
  const left = Math.max(0, Math.floor((changesAt - Date.now()) / 1000))
  const shorten = (name: string, directive: RegExp) => {
    const value = headers[name]
    if (typeof value === 'string') headers[name] = value.replace(directive, (_, key: string, n: string) => `${key}=${Math.min(Number(n), left)}`)
  }
  shorten('cache-control', /(s-maxage)=(\d+)/)
  shorten('cdn-cache-control', /(^max-age)=(\d+)/)
}

/**
 * A kept answer for one reader: 304 when the reader's validators match the bytes (whichever
 * encoding it holds), else the bytes in the best encoding it accepts, each encoding with its
 * own ETag. `variant` gives a compressed copy (made once, kept beside the answer).
 */
export function finishShared(
  request: IncomingHttpHeaders,
  answer: CachedAnswer,
  variant: (encoding: Exclude<Encoding, 'identity'>) => Buffer,
): Outgoing {
  const encoding = isCompressible(header(answer, 'content-type') ?? null, answer.body.byteLength)
    ? negotiateEncoding(request['accept-encoding'] ?? null)
    : 'identity'
  const headers: OutgoingHttpHeaders = Object.fromEntries(answer.headers)
  if (answer.changesAt !== undefined) lifetimesLeft(headers, answer.changesAt)
  headers.etag = variantEtag(answer.etag, encoding)
  if (notModified(request, answer.etag, header(answer, 'last-modified'))) {
    delete headers['content-type']
    return { status: 304, headers }
  }
  const body = encoding === 'identity' ? answer.body : variant(encoding)
  if (encoding !== 'identity') headers['content-encoding'] = encoding
  headers['content-length'] = body.byteLength
  return { status: 200, headers, body }
}

/**
 * An answer made for this request only (an editor's read, an error): the hub's security
 * headers, compressed once with the quickest settings when the reader accepts it (its ETag
 * then names the encoding), and Vary for shared caches.
 */
export async function finishAnswer(request: IncomingHttpHeaders, answer: Answer, security: Record<string, string>): Promise<Outgoing> {
  const headers = answer.headers
  headers.delete('content-length')
  headers.delete('x-powered-by')
  for (const [key, value] of Object.entries(security)) headers.set(key, value)
  let body = answer.body
  const type = headers.get('content-type')
  const encoding =
    isCompressible(type, body.byteLength) && !headers.has('content-encoding') ? negotiateEncoding(request['accept-encoding'] ?? null) : 'identity'
  if (encoding !== 'identity') {
    body = await encodeAsync(body, encoding)
    headers.set('Content-Encoding', encoding)
    const etag = headers.get('etag')
    if (etag) headers.set('ETag', variantEtag(etag, encoding))
  }
  if (!headers.has('vary') && isCompressible(type, 1024)) headers.set('Vary', 'Accept-Encoding')
  headers.set('Content-Length', String(body.byteLength))
  return { status: answer.status, headers: outgoingHeaders(headers), body }
}

export function send(res: ServerResponse, method: string | undefined, { status, headers, body }: Outgoing): void {
  res.writeHead(status, headers)
  res.end(method === 'HEAD' ? undefined : body)
}

/** A file (an image) streamed through as the handler gives it: too large to hold, not worth compressing. */
export function sendStream(res: ServerResponse, method: string | undefined, response: Response, security: Record<string, string>): Promise<void> {
  const headers = new Headers(response.headers)
  for (const [key, value] of Object.entries(security)) headers.set(key, value)
  if (!headers.has('cache-control')) headers.set('Cache-Control', 'no-store')
  res.writeHead(response.status, outgoingHeaders(headers))
  if (method === 'HEAD' || !response.body) {
    res.end()
    return Promise.resolve()
  }
  return pipeline(Readable.fromWeb(response.body as never), res)
}
