import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatSummary } from '../src/import/formatSummary'
import { importOfficialFile, type ImportSummary } from '../src/import/importOfficialFile'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-rejections-'))
const sample = path.join(__dirname, '../seed/opendata/police_export-pn_sample.csv')
const [header, firstSampleRow] = fs.readFileSync(sample, 'utf8').split('\n')

/** A police row of export-pn.csv, in Rennes unless told otherwise. */
const policeRow = (service: string, extra: Partial<Record<'insee' | 'department' | 'lat' | 'lng' | 'street' | 'phone', string>> = {}) => {
  const { insee = '35238', department = '35', lat = '48.11', lng = '-1.68', street = '1 Rue de la Paix', phone = '+33 2 99 00 00 00' } = extra
  const cells = [service, `${street} 35000 RENNES`, phone, department, insee, street, '35000', 'RENNES', '2154', '1', '2', lng, lat]
  return cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')
}

const writeFile = (name: string, rows: string[]) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, [header, ...rows].join('\n'))
  return file
}

async function run(file: string): Promise<ImportSummary> {
  const outcome = await importOfficialFile(hub.payload, file)
  if ('error' in outcome) throw new Error(outcome.error)
  return outcome.summary
}

const policeUnits = async () =>
  (await hub.payload.find({ collection: 'units', where: { source: { equals: 'opendata-police' } }, pagination: false, depth: 0, locale: 'fr' })).docs

beforeAll(async () => {
  hub = await startHub()
  expect(await run(sample)).toMatchObject({ created: 6, rejected: [] })
})
afterAll(async () => {
  await hub?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('a full file whose rows are mostly rejected', () => {
  let summary: ImportSummary

  beforeAll(async () => {
    summary = await run(
      writeFile('mostly-rejected.csv', [
        firstSampleRow,
        policeRow('Commissariat de Rennes'),
        policeRow("=cmd|' /C calc'!A0", { street: '@SUM(A1)', phone: '+33 2 99 11 11 11' }),
        policeRow('Commissariat\u0000 de Cesson'),
        policeRow('Commissariat de nulle part', { insee: '99999' }),
        policeRow('Commissariat mal rangé', { department: '45' }),
        policeRow('Commissariat au large', { lat: '12', lng: '120' }),
        policeRow(''),
        policeRow('Commissariat de Rennes'),
      ]),
    )
  })

  it('closes nothing, and says why', async () => {
    expect(summary.closed).toBe(0)
    expect(summary.closureSkipped).toMatch(/^closed nothing: 6 of 9 rows were rejected \(more than 10%\)/)
    expect(formatSummary(summary)).toContain('closed nothing: 6 of 9 rows were rejected')
    expect((await policeUnits()).filter((unit) => unit.status === 'closed')).toEqual([])
  })

  it('reports exactly what it wrote: a rejected row is never written', async () => {
    expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 1 })
    expect(summary.rejected.map((note) => note.line)).toEqual([5, 6, 7, 8, 9, 10])
    const names = (await policeUnits()).map((unit) => unit.name)
    expect(names).toHaveLength(6 + summary.created)
    expect(names).toEqual(expect.arrayContaining(['Commissariat de Rennes', "=cmd|' /C calc'!A0"]))
    expect(names.some((name) => /Cesson|nulle part|mal rangé|au large/.test(name ?? ''))).toBe(false)
  })

  it('names the field and the line of a row refused when written', () => {
    expect(summary.rejected[0]).toEqual({ line: 5, reason: expect.stringMatching(/^name: The text holds an invisible character \(NUL\)/) })
  })
})

describe('a constraint failure while writing', () => {
  it('rejects that row alone, naming the field, and writes the rows around it once', async () => {
    const summary = await run(
      writeFile('one-long-name.csv', [
        firstSampleRow,
        policeRow('Commissariat de Saint-Malo', { insee: '35288' }),
        policeRow(`Commissariat ${'très '.repeat(80)}long`, { insee: '35047' }),
        policeRow('Commissariat de Vitré', { insee: '35360' }),
      ]),
    )
    expect(summary.rejected).toEqual([
      { line: 4, reason: expect.stringMatching(/^name: At most 300 characters \(417 typed\): shorten the text\.; publicId: At most 300/) },
    ])
    expect(summary.created).toBe(2)
    const names = (await policeUnits()).map((unit) => unit.name)
    expect(names.filter((name) => name === 'Commissariat de Saint-Malo' || name === 'Commissariat de Vitré')).toHaveLength(2)
  })
})

describe('cells that a spreadsheet would read as formulas', () => {
  it('are stored as the text they are, and no line of the summary starts with one', async () => {
    const unit = (await policeUnits()).find((doc) => doc.name?.startsWith('='))
    expect(unit).toMatchObject({ name: "=cmd|' /C calc'!A0", phone: '+33 2 99 11 11 11', address: { street: '@SUM(A1)' } })
    const summary = await run(
      writeFile('formulas.csv', [
        firstSampleRow,
        policeRow('-2+3', { insee: '35238', street: '=HYPERLINK("http://evil.example")' }),
        policeRow('@x', { insee: '99999' }),
      ]),
    )
    const report = formatSummary(summary)
    expect(report).toContain('code_commune_insee: unknown INSEE commune code "99999"')
    expect(report.split('\n').filter((line) => /^[=+\-@]/.test(line.trim()))).toEqual([])
  })
})
