import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import type { CachedAnswer } from '../src/edge/answerStore'
import { encode } from '../src/edge/encoding'
import { finishAnswer, finishShared } from '../src/edge/finish'
import { etagOf, variantEtag } from '../src/edge/validators'

const body = Buffer.from(JSON.stringify({ docs: Array.from({ length: 60 }, (_, i) => ({ id: i, title: `Actualité ${i}` })) }))
const lastModified = 'Tue, 02 Jun 2026 08:00:00 GMT'

const kept = (): CachedAnswer => ({
  status: 200,
  headers: [
    ['content-type', 'application/json; charset=utf-8'],
    ['last-modified', lastModified],
    ['cache-control', 'public, max-age=0, s-maxage=60'],
  ],
  body,
  etag: etagOf(body),
  tags: ['news'],
  encoded: {},
  ttlSeconds: 60,
})

const variant = (answer: CachedAnswer) => (encoding: 'br' | 'gzip') => (answer.encoded[encoding] ??= encode(answer.body, encoding))

describe('a kept answer sent to a reader', () => {
  it('is compressed in the best encoding the reader accepts, each encoding with its own ETag', () => {
    const answer = kept()
    const identity = finishShared({}, answer, variant(answer))
    const gzip = finishShared({ 'accept-encoding': 'gzip, deflate' }, answer, variant(answer))
    const br = finishShared({ 'accept-encoding': 'gzip, br' }, answer, variant(answer))
    const refused = finishShared({ 'accept-encoding': 'br;q=0, gzip;q=0' }, answer, variant(answer))

    expect(identity.body).toBe(body)
    expect(identity.headers['content-encoding']).toBeUndefined()
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(zlib.gunzipSync(gzip.body!).equals(body)).toBe(true)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.brotliDecompressSync(br.body!).equals(body)).toBe(true)
    expect(br.headers['content-encoding']).toBe('br')
    const etags = [identity, gzip, br].map((sent) => sent.headers.etag)
    expect(new Set(etags).size).toBe(3)
    expect(etags).toEqual([answer.etag, variantEtag(answer.etag, 'gzip'), variantEtag(answer.etag, 'br')])
    expect(gzip.headers['content-length']).toBe(gzip.body!.byteLength)
  })

  it('answers 304 to a validator of any encoding, in the encoding the reader now asks', () => {
    const answer = kept()
    const gzipEtag = finishShared({ 'accept-encoding': 'gzip' }, answer, variant(answer)).headers.etag as string
    // Held as gzip, asked again as brotli (or as a weak validator, as some proxies send it).
    for (const validator of [gzipEtag, answer.etag, `W/${gzipEtag}`, `"other", ${variantEtag(answer.etag, 'br')}`, '*']) {
      const revalidated = finishShared({ 'accept-encoding': 'br', 'if-none-match': validator }, answer, variant(answer))
      expect(revalidated.status, validator).toBe(304)
      expect(revalidated.body).toBeUndefined()
      expect(revalidated.headers.etag).toBe(variantEtag(answer.etag, 'br'))
      expect(revalidated.headers['content-type']).toBeUndefined()
      expect(revalidated.headers['cache-control']).toBe('public, max-age=0, s-maxage=60')
    }
    const changed = finishShared({ 'if-none-match': '"another-version"' }, answer, variant(answer))
    expect(changed.status).toBe(200)
  })

  it('answers 304 to If-Modified-Since only without If-None-Match', () => {
    const answer = kept()
    expect(finishShared({ 'if-modified-since': lastModified }, answer, variant(answer)).status).toBe(304)
    expect(finishShared({ 'if-modified-since': 'Mon, 01 Jun 2026 08:00:00 GMT' }, answer, variant(answer)).status).toBe(200)
    expect(finishShared({ 'if-modified-since': 'not a date' }, answer, variant(answer)).status).toBe(200)
    expect(finishShared({ 'if-modified-since': lastModified, 'if-none-match': '"another-version"' }, answer, variant(answer)).status).toBe(200)
  })

  it('leaves small answers and images uncompressed', () => {
    const small = { ...kept(), body: Buffer.from('{"docs":[]}') }
    expect(finishShared({ 'accept-encoding': 'gzip' }, small, variant(small)).headers['content-encoding']).toBeUndefined()
    const image = { ...kept(), headers: [['content-type', 'image/jpeg']] as [string, string][] }
    expect(finishShared({ 'accept-encoding': 'gzip' }, image, variant(image)).headers['content-encoding']).toBeUndefined()
  })
})

describe('an answer made for one request', () => {
  const made = (headers: Record<string, string>) => ({ status: 200, headers: new Headers(headers), body })

  it('is compressed quickly, its ETag named for the encoding, with Vary and the security headers', async () => {
    const etag = etagOf(body)
    const sent = await finishAnswer(
      { 'accept-encoding': 'gzip' },
      made({ 'content-type': 'application/json', etag, 'x-powered-by': 'Payload', 'content-length': '1' }),
      { 'X-Content-Type-Options': 'nosniff' },
    )
    expect(zlib.gunzipSync(sent.body!).equals(body)).toBe(true)
    expect(sent.headers).toMatchObject({
      'content-encoding': 'gzip',
      etag: variantEtag(etag, 'gzip'),
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
      'content-length': String(sent.body!.byteLength),
    })
    expect(sent.headers['x-powered-by']).toBeUndefined()
  })

  it('keeps an encoding the handler chose, and every Set-Cookie on its own line', async () => {
    const headers = new Headers({ 'content-type': 'application/json', 'content-encoding': 'gzip' })
    headers.append('set-cookie', 'a=1; Path=/')
    headers.append('set-cookie', 'b=2; Path=/')
    const sent = await finishAnswer({ 'accept-encoding': 'br' }, { status: 200, headers, body }, {})
    expect(sent.body).toBe(body)
    expect(sent.headers['content-encoding']).toBe('gzip')
    expect(sent.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/'])
  })
})
