import { Readable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { BodyTooLargeError } from '../src/edge/errors'
import { bodyLimitOf, countedBody, forwardedHeaders, publicSiteOf, targetOf } from '../src/edge/request'

const limits = { maxJsonBytes: 4 * 1024 * 1024, maxUploadBytes: 25_000_000 }

describe('a request as a handler sees it', () => {
  it('carries the public host, scheme and the reader’s address, never the client’s own claims', () => {
    const headers = forwardedHeaders(
      {
        host: 'evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'http',
        'x-forwarded-for': '10.9.9.9',
        forwarded: 'for=10.9.9.9',
        connection: 'keep-alive',
        accept: 'application/json',
        cookie: ['a=1', 'b=2'] as unknown as string,
        'if-none-match': '"abc"',
      },
      publicSiteOf('https://relais.example.fr'),
      '203.0.113.7',
      false,
    )
    expect(headers.get('host')).toBe('relais.example.fr')
    expect(headers.get('x-forwarded-proto')).toBe('https')
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.7')
    for (const gone of ['x-forwarded-host', 'forwarded', 'connection']) expect(headers.has(gone), gone).toBe(false)
    expect(headers.get('accept')).toBe('application/json')
    expect(headers.get('if-none-match')).toBe('"abc"')
  })

  it('drops the client’s validators on a read the edge may share: the edge answers 304 itself', () => {
    const headers = forwardedHeaders(
      { 'if-none-match': '"abc"', 'if-modified-since': 'Tue, 02 Jun 2026 08:00:00 GMT' },
      publicSiteOf('http://localhost:3000'),
      '127.0.0.1',
      true,
    )
    expect(headers.has('if-none-match')).toBe(false)
    expect(headers.has('if-modified-since')).toBe(false)
    expect(headers.get('x-forwarded-proto')).toBe('http')
  })

  it('is read against the public origin, and a target that is not a path is refused', () => {
    expect(String(targetOf('/api/news?limit=1', 'https://relais.example.fr'))).toBe('https://relais.example.fr/api/news?limit=1')
    expect(targetOf('http://evil.example/api/news', 'https://relais.example.fr')).toEqual({
      problem: 'request-target: must be a path such as /api/news',
    })
    expect(targetOf('*', 'https://relais.example.fr')).toHaveProperty('problem')
  })
})

describe('a request body', () => {
  it('may be larger when it uploads a file', () => {
    expect(bodyLimitOf({ 'content-type': 'multipart/form-data; boundary=x' }, limits)).toBe(25_000_000)
    expect(bodyLimitOf({ 'content-type': 'application/json' }, limits)).toBe(4 * 1024 * 1024)
    expect(bodyLimitOf({}, limits)).toBe(4 * 1024 * 1024)
  })

  it('streams through up to its limit', async () => {
    const request = new Request('http://hub/', {
      method: 'POST',
      body: countedBody(Readable.from([Buffer.from('{"title":'), Buffer.from('"ok"}')]), 100),
      duplex: 'half',
    } as RequestInit)
    expect(await request.json()).toEqual({ title: 'ok' })
  })

  it('fails with a BodyTooLargeError past its limit, whoever reads it, however it was sent', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(20, 'x'))
    const request = new Request('http://hub/', { method: 'POST', body: countedBody(Readable.from(chunks), 100), duplex: 'half' } as RequestInit)
    const error = await request.text().catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(BodyTooLargeError)
    expect((error as BodyTooLargeError).limit).toBe(100)
  })
})
