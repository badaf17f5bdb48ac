import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed'
import { diffCatalogue } from '../seed/catalogueDiff'
import { catalogueDir, readCatalogue } from '../seed/readCatalogue'
import { postgresAdminUrl } from './helpers/database'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let catalogueCopy: string
const catalogue = readCatalogue()

/** `npm run catalogue:diff` as a user runs it, on a database of their choosing. */
async function catalogueDiffCommand(databaseUrl: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, DATABASE_PUSH_SCHEMA: 'false' }
  try {
    const command = ['--import', 'tsx', 'src/cli/runScript.ts', 'src/cli/catalogueDiff.ts', ...args]
    const { stdout } = await promisify(execFile)(process.execPath, command, { env })
    return { code: 0, stdout, stderr: '' }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const one = async (collection: 'services' | 'sheets', slug: string) =>
  (await hub.payload.find({ collection, where: { slug: { equals: slug } }, depth: 0 })).docs[0]

beforeAll(async () => {
  hub = await startHub()
  await seed(hub.payload, { demo: false, demoPassword: 'demo-password' })
  // What editors do on a running hub.
  const otv = await one('services', 'operation-tranquillite-vacances')
  const edit = { summary: 'Résumé revu par un éditeur', audiences: ['everyone', 'victims'] as ('everyone' | 'victims')[] }
  await hub.payload.update({ collection: 'services', id: otv.id, data: edit })
  await hub.payload.update({ collection: 'services', id: otv.id, locale: 'en', data: { name: 'Holiday watch' } })
  await hub.payload.delete({ collection: 'sheets', id: (await one('sheets', 'vehicule-fourriere')).id })
  const fraud = await one('sheets', 'fraude-carte-bancaire')
  await hub.payload.update({ collection: 'sheets', id: fraud.id, data: { slug: 'fraude-cb', lastSignificantUpdate: '2025-02-01' } })
  // Reviewed: its next review moves a year on, as an editor (and the demo's seed) moves it.
  await hub.payload.update({ collection: 'sheets', id: (await one('sheets', 'porter-plainte')).id, data: { reviewDueDate: '2027-12-01' } })
  await hub.payload.create({
    collection: 'services',
    data: {
      name: 'Service local',
      summary: 'Un service ajouté dans le hub',
      url: 'https://example.org',
      category: 'information',
      operator: 'police',
      coverage: { scope: 'national' },
      status: 'active',
      _status: 'published',
    },
  })
  // A catalogue with one service more than the hub ever had.
  catalogueCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-catalogue-'))
  fs.cpSync(catalogueDir, catalogueCopy, { recursive: true })
  fs.copyFileSync(path.join(catalogueDir, 'services', 'telepoints.md'), path.join(catalogueCopy, 'services', 'telepoints-bis.md'))
})
afterAll(async () => {
  await hub?.close()
  if (catalogueCopy) fs.rmSync(catalogueCopy, { recursive: true, force: true })
})

describe('diffCatalogue', () => {
  it('tells what editors changed field by field, what they deleted, and what the hub has besides', async () => {
    const diff = await diffCatalogue(hub.payload, catalogue)
    const total = catalogue.services.length
    expect(diff.counts.services).toEqual({ catalogue: total, same: total - 1, changed: 1, deleted: 0, toAdd: 0 })
    // The review day moved on porter-plainte is the hub's schedule, no change of content.
    expect(diff.counts.sheets).toMatchObject({ changed: 2, deleted: 1, toAdd: 0 })
    expect(diff.changed.map((doc) => doc.slug)).not.toContain('porter-plainte')
    const otv = diff.changed.find((doc) => doc.slug === 'operation-tranquillite-vacances')!
    expect(otv.changes).toEqual([
      expect.objectContaining({ field: 'summary', hub: 'Résumé revu par un éditeur' }),
      { field: 'audiences', catalogue: 'everyone', hub: 'everyone, victims' },
      expect.objectContaining({ field: 'en.name', hub: 'Holiday watch' }),
    ])
    // Renamed, yet recognised: the sheets pointing to it do not show a changed link.
    const fraud = diff.changed.find((doc) => doc.slug === 'fraude-carte-bancaire')!
    expect(fraud.changes.map((change) => change.field).sort()).toEqual(['lastSignificantUpdate', 'slug'])
    const points = diff.changed.find((doc) => doc.slug === 'points-permis-de-conduire')!
    expect(points.changes).toEqual([{ field: 'relatedSheets.0', catalogue: 'vehicule-fourriere', hub: null }])
    expect(diff.deleted.map((ref) => `${ref.collection}/${ref.slug}`)).toEqual(['sheets/vehicule-fourriere'])
    expect(diff.onlyInHub.map((ref) => ref.title)).toEqual(['Service local'])
    expect(diff.toAdd).toEqual([])
  })

  it('finds nothing to report on a hub freshly seeded', async () => {
    const fresh = await diffCatalogue(hub.payload, { services: catalogue.services.filter((s) => s.slug === 'pnav'), sheets: [] })
    expect(fresh.changed).toEqual([])
    expect(fresh.counts.services).toEqual({ catalogue: 1, same: 1, changed: 0, deleted: 0, toAdd: 0 })
  })
})

describe('npm run catalogue:diff', () => {
  it('prints the summary and every difference, and exits 0', async () => {
    const { code, stdout } = await catalogueDiffCommand(hub.database.url, '--catalogue', catalogueCopy)
    expect(code).toBe(0)
    const total = catalogue.services.length
    expect(stdout).toMatch(
      new RegExp(`services: +${total + 1} in the catalogue: ${total - 1} as in the catalogue, 1 changed by editors, 0 deleted, 1 to add`),
    )
    expect(stdout).toContain('services/operation-tranquillite-vacances (id ')
    expect(stdout).toContain('    en.name: ')
    expect(stdout).toContain('| "Holiday watch"')
    expect(stdout).toMatch(/Deleted from the hub .*\n {2}sheets\/vehicule-fourriere /)
    expect(stdout).toMatch(/npm run seed would add:\n {2}services\/telepoints-bis /)
    expect(stdout).toMatch(/In the hub only \(not in the catalogue\):\n {2}services\/service-local \(id \S+\) {2}Service local/)
  })

  it('exits 1 with the reason when the database cannot be read, creating nothing', async () => {
    const missingFile = path.join(os.tmpdir(), `relais-missing-${crypto.randomBytes(4).toString('hex')}.db`)
    const sqlite = await catalogueDiffCommand(`file:${missingFile}`)
    expect(sqlite.code).toBe(1)
    expect(sqlite.stderr).toContain(`catalogue:diff: cannot read the database: ${missingFile} does not exist`)
    expect(fs.existsSync(missingFile)).toBe(false)

    const empty = path.join(os.tmpdir(), `relais-empty-${crypto.randomBytes(4).toString('hex')}.db`)
    fs.writeFileSync(empty, '')
    const noTables = await catalogueDiffCommand(`file:${empty}`)
    fs.rmSync(empty, { force: true })
    expect(noTables.code).toBe(1)
    expect(noTables.stderr).toMatch(/cannot read the database .*no such table.*migrations/)

    if (hub.database.kind === 'postgres') {
      const url = new URL(postgresAdminUrl())
      url.pathname = `/relais_missing_${crypto.randomBytes(4).toString('hex')}`
      const postgres = await catalogueDiffCommand(url.toString())
      expect(postgres.code).toBe(1)
      expect(postgres.stderr).toMatch(/cannot read the database postgres:.*does not exist/)
      const admin = new pg.Client({ connectionString: postgresAdminUrl() })
      await admin.connect()
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [url.pathname.slice(1)])
      await admin.end()
      expect(rowCount).toBe(0)
    }
  })

  it('exits 1 naming the file and the field when the catalogue does not match', async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-catalogue-'))
    fs.cpSync(catalogueDir, bad, { recursive: true })
    const file = path.join(bad, 'services', 'pnav.md')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^category: .*$/m, 'category: magic'))
    const { code, stderr } = await catalogueDiffCommand(hub.database.url, '--catalogue', bad)
    fs.rmSync(bad, { recursive: true, force: true })
    expect(code).toBe(1)
    expect(stderr).toContain(`${file}: category: `)
  })
})
