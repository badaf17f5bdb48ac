/**
 * npm run catalogue:diff [-- --catalogue DIR]
 * Shows how the hub's database (DATABASE_URL) differs from the catalogue in seed/catalogue:
 * what the seed would add, what editors changed, what they deleted. Reads only.
 * Exit 0 when the comparison could be made, 1 when the catalogue or the database cannot be read,
 * 2 on a usage error.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'
import pg from 'pg'

import type { CatalogueDiff, DocumentRef } from '../../seed/catalogueDiff'
import { loadDotEnv } from './dotenv'

/** Connects with pg alone, so that a missing database is an error rather than a new empty one. */
async function postgresDatabaseExists(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Relative to the working directory when inside it, else in full. */
function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') ? relative : file
}

const usage = 'usage: npm run catalogue:diff [-- --catalogue DIR]'

/** One line of a text: the start, the end, or around its first difference from the other side. */
function excerpt(text: string | null, other: string | null, width = 70): string {
  if (text === null) return '(none)'
  const flat = text.replace(/\s+/g, ' ')
  if (flat.length <= width) return JSON.stringify(flat)
  const otherFlat = (other ?? '').replace(/\s+/g, ' ')
  let first = 0
  while (first < flat.length && flat[first] === otherFlat[first]) first++
  const start = Math.max(0, Math.min(first - 20, flat.length - width))
  return `${start > 0 ? '…' : ''}${JSON.stringify(flat.slice(start, start + width))}${start + width < flat.length ? '…' : ''}`
}

const name = (ref: DocumentRef) => `${ref.collection}/${ref.slug}${ref.id !== undefined ? ` (id ${ref.id})` : ''}  ${ref.title}`

function print(diff: CatalogueDiff, catalogueDir: string, database: string): void {
  console.log(`Catalogue ${catalogueDir} compared with the hub's database (${database})\n`)
  for (const [collection, c] of Object.entries(diff.counts)) {
    console.log(
      `${`${collection}:`.padEnd(10)}${c.catalogue} in the catalogue: ${c.same} as in the catalogue, ${c.changed} changed by editors, ` +
        `${c.deleted} deleted, ${c.toAdd} to add`,
    )
  }
  const section = (title: string, refs: DocumentRef[]) => {
    if (!refs.length) return
    console.log(`\n${title}`)
    for (const ref of refs) console.log(`  ${name(ref)}`)
  }
  if (diff.changed.length) {
    console.log('\nChanged by editors (field: catalogue | hub):')
    for (const doc of diff.changed) {
      console.log(`  ${name(doc)}`)
      for (const change of doc.changes) {
        console.log(`    ${change.field}: ${excerpt(change.catalogue, change.hub)} | ${excerpt(change.hub, change.catalogue)}`)
      }
    }
  }
  section('Deleted from the hub (npm run seed will not create them again):', diff.deleted)
  section('npm run seed would add:', diff.toAdd)
  section('In the hub only (not in the catalogue):', diff.onlyInHub)
  if (!diff.changed.length && !diff.deleted.length && !diff.toAdd.length) console.log('\nThe hub holds the catalogue as it is.')
}

async function main(payloadRef: { current?: Payload }): Promise<number> {
  let values: { catalogue?: string }
  try {
    values = parseArgs({ options: { catalogue: { type: 'string' } } }).values
  } catch (error) {
    console.error(`catalogue:diff: ${(error as Error).message}\n${usage}`)
    return 2
  }
  const { readCatalogue, catalogueDir } = await import('../../seed/readCatalogue')
  const dir = values.catalogue ? path.resolve(values.catalogue) : catalogueDir
  const catalogue = readCatalogue(dir)

  loadDotEnv()
  const { readEnv } = await import('../lib/env')
  const env = readEnv()
  const { parseDatabaseUrl } = await import('../lib/databaseUrl')
  const target = parseDatabaseUrl(env.DATABASE_URL)
  const database = target.kind === 'sqlite' ? shortPath(target.file) : target.url.replace(/\/\/[^@/]*@/, '//')
  if (target.kind === 'sqlite' && !fs.existsSync(target.file)) {
    console.error(`catalogue:diff: cannot read the database: ${target.file} does not exist (check DATABASE_URL; npm start creates it)`)
    return 1
  }
  // One after the other: Payload's module must be evaluated before the config that uses it.
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../payload.config')
  const { diffCatalogue } = await import('../../seed/catalogueDiff')
  let diff: CatalogueDiff
  try {
    // Payload would create a PostgreSQL database that does not exist: this command only reads.
    if (target.kind === 'postgres') await postgresDatabaseExists(target.url)
    const payload = await getPayload({ config: configPromise })
    payloadRef.current = payload
    diff = await diffCatalogue(payload, catalogue)
  } catch (error) {
    // A failed query says which query; its cause says why (no such table…).
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined
    const message = cause ?? (error instanceof Error ? error.message : String(error))
    const hint = /no such table|relation .* does not exist|no such column|column .* does not exist/i.test(message)
      ? ' (is it a Relais database with its migrations applied? npm start and npm run seed apply them)'
      : ''
    console.error(`catalogue:diff: cannot read the database ${database}: ${message.split('\n')[0]}${hint}`)
    return 1
  }
  print(diff, shortPath(dir), database)
  return 0
}

const payloadRef: { current?: Payload } = {}
let code = 1
try {
  code = await main(payloadRef)
} catch (error) {
  console.error(`catalogue:diff: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await payloadRef.current?.destroy().catch(() => undefined)
}
process.exit(code)
