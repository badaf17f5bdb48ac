import path from 'node:path'

import { z } from 'zod'

import { StartupError } from './startupError'

export type DatabaseTarget = { kind: 'sqlite'; url: string; file: string } | { kind: 'postgres'; url: string } | { kind: 'mongodb'; url: string }

const defaultSqliteFile = 'data/relais.db'

const databaseUrl = z
  .string()
  .trim()
  .regex(/^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/, {
    message: 'must start with file:, postgres://, postgresql://, mongodb:// or mongodb+srv://; unset, the hub uses the SQLite file data/relais.db',
  })

/** DATABASE_URL picks the adapter: unset or file: is SQLite (the embedded default). */
export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  if (raw === undefined || raw.trim() === '') {
    const file = path.resolve(defaultSqliteFile)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  const parsed = databaseUrl.safeParse(raw)
  if (!parsed.success) throw new StartupError(`DATABASE_URL: ${parsed.error.issues[0]?.message}`)
  const url = parsed.data
  if (url.startsWith('file:')) {
    const file = path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (url.startsWith('postgres')) return { kind: 'postgres', url }
  return { kind: 'mongodb', url }
}
