import crypto from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

import type { Encoding } from './encoding'

/** A strong validator of the bytes themselves. */
export const etagOf = (body: Buffer): string => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`

const variantSuffix: Record<Encoding, string> = { identity: '', br: '-br', gzip: '-gz' }

/**
 * The ETag of one encoding of an answer: each encoding is different bytes, so each has its own
 * strong validator (RFC 9110 §8.8.3.3), derived from the identity one.
 */
export const variantEtag = (etag: string, encoding: Encoding): string =>
  encoding === 'identity' ? etag : `${etag.slice(0, -1)}${variantSuffix[encoding]}"`

/** The identity ETag a client's validator stands for, whichever encoding it was given. */
const baseEtag = (tag: string): string =>
  tag
    .trim()
    .replace(/^W\//, '')
    .replace(/-(br|gz)"$/, '"')

/**
 * Whether a client's validators say it already holds these bytes, in any encoding (RFC 9110:
 * If-None-Match wins over If-Modified-Since, compared weakly).
 */
export function notModified(headers: IncomingHttpHeaders, etag: string, lastModified: string | undefined): boolean {
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch) return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => baseEtag(tag) === etag)
  const ifModifiedSince = headers['if-modified-since']
  if (!ifModifiedSince || !lastModified) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && Date.parse(lastModified) <= since
}
