import { promisify } from 'node:util'
import zlib from 'node:zlib'

export type Encoding = 'br' | 'gzip' | 'identity'

const compressible =
  /^(text\/|application\/(json|problem\+json|javascript|xml|rss\+xml|atom\+xml|feed\+json|geo\+json|json\+oembed|graphql-response\+json)|image\/svg\+xml)/

/** Bodies worth compressing: text of a kilobyte or more. */
export const isCompressible = (contentType: string | null, size: number): boolean => size >= 1024 && compressible.test(contentType ?? '')

/** The best encoding the client accepts (br, then gzip), honouring `q=0`. */
export function negotiateEncoding(acceptEncoding: string | null): Encoding {
  if (!acceptEncoding) return 'identity'
  const accepted = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (allows('br')) return 'br'
  if (allows('gzip')) return 'gzip'
  return 'identity'
}

/** Fast settings: the answer is compressed once and then served from memory many times. */
export function encode(body: Buffer, encoding: Exclude<Encoding, 'identity'>): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
      })
    : zlib.gzipSync(body, { level: 6 })
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * For answers compressed once and sent once (an editor's read, an error): the quickest settings,
 * off the event loop. Most of the size is won at the lowest levels; the CPU a higher one costs
 * would be spent again on every such answer.
 */
export const encodeAsync = (body: Buffer, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> =>
  encoding === 'br' ? brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }) : gzip(body, { level: 1 })
