import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseDatabaseUrl } from '../src/lib/databaseUrl'
import { readEnv } from '../src/lib/env'

describe('DATABASE_URL', () => {
  it('defaults to the SQLite file data/relais.db', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({
      kind: 'sqlite',
      file: path.resolve('data/relais.db'),
      url: `file:${path.resolve('data/relais.db')}`,
    })
    expect(parseDatabaseUrl('').kind).toBe('sqlite')
  })

  it('picks the adapter from the scheme', () => {
    expect(parseDatabaseUrl('file:./tmp/x.db')).toMatchObject({ kind: 'sqlite', file: path.resolve('tmp/x.db') })
    expect(parseDatabaseUrl('postgres://u@h:5432/db').kind).toBe('postgres')
    expect(parseDatabaseUrl('postgresql://u@h/db').kind).toBe('postgres')
    expect(parseDatabaseUrl('mongodb://h:27017/relais').kind).toBe('mongodb')
    expect(parseDatabaseUrl('mongodb+srv://cluster.example/relais').kind).toBe('mongodb')
  })

  it('names the variable when the scheme is unknown', () => {
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(/^DATABASE_URL: must start with file:/)
  })
})

describe('environment', () => {
  it('names each bad variable', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: 'short', PORT: 'abc' })).toThrow(/PAYLOAD_SECRET: .*16 characters[\s\S]*PORT/)
    expect(() => readEnv({})).toThrow(/^PAYLOAD_SECRET: missing\. npm start writes one into \.env/)
  })

  it('reads flags and defaults', () => {
    const env = readEnv({ PAYLOAD_SECRET: 'x'.repeat(32), JOBS_AUTORUN: 'false' })
    expect(env).toMatchObject({ JOBS_AUTORUN: false, DATABASE_PUSH_SCHEMA: false, PORT: 3000 })
  })
})
