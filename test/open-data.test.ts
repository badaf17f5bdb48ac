import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { Table, validate } from 'tableschema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Unit } from '../payload-types'
import { seed } from '../seed'
import { toolAvailable } from './helpers/debianTools'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let dir: string
const runOgr = toolAvailable('ogrinfo', 'gdal-bin', 'the GeoJSON checks by GDAL')

const text = (response: { text: string }) => response.text
const download = async (file: string) => {
  const response = await hub.api.get(`/opendata/${file}`).buffer(true)
  expect(response.status, file).toBe(200)
  const target = path.join(dir, file)
  fs.writeFileSync(target, response.text)
  return { response, file: target }
}

/** GDAL's reading of a vector file: its summary (-so) or the features a filter selects. */
const ogrinfo = async (...args: string[]) => (await promisify(execFile)('ogrinfo', ['-ro', '-al', ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout

/** Every row of a CSV cast by the Table Schema reference library (Frictionless's tableschema): errors listed. */
async function tableErrors(file: string, schema: object): Promise<{ headers: string[]; rows: unknown[][]; errors: string[] }> {
  const table = await Table.load(file, { schema })
  const read = (await table.read({ forceCast: true })) as unknown[]
  const errors = read
    .filter((row): row is Error & { rowNumber?: number; errors?: Error[] } => row instanceof Error)
    .map((error) => `row ${error.rowNumber}: ${error.errors?.map((e) => e.message).join('; ') || error.message}`)
  return { headers: table.headers, rows: read.filter((row): row is unknown[] => Array.isArray(row)), errors }
}

beforeAll(async () => {
  hub = await startHub()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-opendata-'))
  await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
  await hub.payload.create({
    collection: 'units',
    data: {
      name: 'Brigade "Nord", Bruz; annexe',
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      address: { street: '1 rue de la Gare', postcode: '35170', commune: 'Bruz', inseeCode: '35047' },
      phone: '02 99 05 11 22',
      openingHours: 'Mo-Fr 08:00-12:00; PH off',
    } as Unit,
  })
  await hub.payload.create({
    collection: 'units',
    data: {
      name: 'Ancienne brigade',
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      address: { commune: 'Bruz', inseeCode: '35047' },
      status: 'closed',
    } as Unit,
  })
})
afterAll(async () => {
  await hub?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const activeUnits = () => hub.payload.count({ collection: 'units', where: { status: { equals: 'active' } } }).then((r) => r.totalDocs)

describe('the units directory as open data', () => {
  it.runIf(runOgr)('is GeoJSON that GDAL reads: one point feature per unit open to the public, with hours, kind, phone and address', async () => {
    const { response, file } = await download('units.geojson')
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8')
    const summary = await ogrinfo('-so', file)
    expect(summary).toContain('Geometry: Point')
    expect(summary).toMatch(/EPSG",?\s*"?4326|WGS 84/)
    expect(summary).toContain(`Feature Count: ${await activeUnits()}`)
    for (const field of ['name', 'kind', 'kind_label', 'phone', 'street', 'postcode', 'commune', 'insee_code', 'opening_hours', 'page_url']) {
      expect(summary, field).toMatch(new RegExp(`\\n${field}: String`))
    }
    const bruz = await ogrinfo('-where', "commune = 'Bruz'", file)
    expect(bruz).toContain('name (String) = Brigade "Nord", Bruz; annexe')
    expect(bruz).toContain('opening_hours (String) = Mo-Fr 08:00-12:00; PH off')
    expect(bruz).toContain('phone (String) = 02 99 05 11 22')
    expect(bruz).not.toContain('Ancienne brigade')
    const rennes = await ogrinfo('-where', "kind = 'police-station'", file)
    expect(rennes).toMatch(/POINT \(-1\.\d+ 48\.\d+\)/)
  })

  it('is CSV that the Table Schema reference library reads against the schema served beside it', async () => {
    const schema = JSON.parse(text(await hub.api.get('/opendata/units.schema.json').expect(200)))
    expect(await validate(schema)).toMatchObject({ valid: true })
    const { response, file } = await download('units.csv')
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present')
    const { headers, rows, errors } = await tableErrors(file, schema)
    expect(errors).toEqual([])
    expect(headers).toEqual(schema.fields.map((field: { name: string }) => field.name))
    expect(rows).toHaveLength(await activeUnits())
    const bruz = rows.find((row) => row[headers.indexOf('commune')] === 'Bruz')
    expect(bruz?.[headers.indexOf('name')]).toBe('Brigade "Nord", Bruz; annexe')
    expect(bruz?.[headers.indexOf('latitude')]).toBeNull()
  })

  it('catches a file that breaks its schema (the check can fail)', async () => {
    const schema = JSON.parse(text(await hub.api.get('/opendata/units.schema.json')))
    const broken = path.join(dir, 'broken.csv')
    const csv = text(await hub.api.get('/opendata/units.csv'))
    fs.writeFileSync(broken, csv.replace(/,(gendarmerie-brigade|police-station),/, ',brigade,'))
    expect((await tableErrors(broken, schema)).errors).not.toEqual([])
  })
})

describe('the services catalogue as open data', () => {
  it('is CSV valid against its Table Schema, with English texts where translated', async () => {
    const schema = JSON.parse(text(await hub.api.get('/opendata/services.schema.json').expect(200)))
    expect(await validate(schema)).toMatchObject({ valid: true })
    const { file } = await download('services.csv')
    const { headers, rows, errors } = await tableErrors(file, schema)
    expect(errors).toEqual([])
    const published = await hub.payload.count({ collection: 'services', where: { _status: { equals: 'published' } } })
    expect(rows).toHaveLength(published.totalDocs)
    expect(rows.some((row) => row[headers.indexOf('name_en')] !== null)).toBe(true)
  })

  it('is listed with its licence in a Data Package whose every file answers', async () => {
    const datapackage = JSON.parse(text(await hub.api.get('/opendata/datapackage.json').expect(200)))
    expect(datapackage.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0' })])
    for (const resource of datapackage.resources) {
      expect((await hub.api.get(new URL(resource.path).pathname)).status, resource.path).toBe(200)
      if (resource.schema) expect((await hub.api.get(new URL(resource.schema).pathname)).status).toBe(200)
    }
  })
})

describe('open data files as public reads', () => {
  it('are cached, say their licence, and change when a unit changes', async () => {
    const first = await hub.api.get('/opendata/units.csv')
    expect(first.headers['cache-control']).toMatch(/^public, /)
    expect(first.headers['surrogate-key']).toContain('units')
    expect(first.headers.link).toBe('<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel="license"')
    expect((await hub.api.get('/opendata/units.csv').set('If-None-Match', first.headers.etag)).status).toBe(304)
    // Compressed for those who ask, GeoJSON included.
    const geojson = await hub.api.get('/opendata/units.geojson').set('Accept-Encoding', 'gzip')
    expect(geojson.headers['content-encoding']).toBe('gzip')
    const { docs } = await hub.payload.find({
      collection: 'units',
      where: { 'address.commune': { equals: 'Bruz' }, status: { equals: 'active' } },
      limit: 1,
    })
    await hub.payload.update({ collection: 'units', id: docs[0].id, data: { phone: '02 99 00 00 00' } })
    const after = await hub.api.get('/opendata/units.csv').set('If-None-Match', first.headers.etag)
    expect(after.status).toBe(200)
    expect(after.text).toContain('02 99 00 00 00')
  })

  it('take no parameter, and name the files that exist', async () => {
    const extra = await hub.api.get('/opendata/units.csv?limit=10')
    expect(extra.status).toBe(400)
    expect(extra.body.errors[0].message).toBe('limit: open data files take no parameter')
    const unknown = await hub.api.get('/opendata/units.xlsx')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toContain('/opendata/units.geojson')
  })

  it('are linked from the home page', async () => {
    const home = text(await hub.api.get('/').expect(200))
    for (const file of ['units.geojson', 'units.csv', 'units.schema.json', 'services.csv', 'services.schema.json', 'datapackage.json'])
      expect(home).toContain(`href="/opendata/${file}"`)
    expect(home).toContain('Licence Ouverte')
  })
})
