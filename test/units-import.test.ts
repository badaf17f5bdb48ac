import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importOfficialFile, type ImportSummary } from '../src/import/importOfficialFile'
import { createPeople, password, people } from './helpers/fixtures'
import { gn2File, type Gn2Unit } from '../bench/gn2File'
import { type Hub, startHub } from './helpers/hub'
import { gn2Samples } from './helpers/opendataSamples'

let hub: Hub
let editor: string
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-'))
const sample = (name: string) => path.join(__dirname, '../seed/opendata', name)
const writeFile = (name: string, content: string) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, content)
  return file
}

async function run(file: string, options = {}): Promise<ImportSummary> {
  const outcome = await importOfficialFile(hub.payload, file, options)
  if ('error' in outcome) throw new Error(outcome.error)
  return outcome.summary
}

const unitByPublicId = async (publicId: string) =>
  (await hub.payload.find({ collection: 'units', where: { publicId: { equals: publicId } }, depth: 0 })).docs[0]

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  editor = await hub.login(people.editor.email, password)
})
afterAll(async () => {
  await hub?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('importing the official files', () => {
  it('creates the police stations and brigades of the real samples', async () => {
    const police = await run(sample('police_export-pn_sample.csv'))
    expect(police).toMatchObject({ format: 'police', created: 6, updated: 0, rejected: [] })
    const gendarmerie = await run(writeFile('export-gn2.csv', gn2File(gn2Samples)))
    expect(gendarmerie).toMatchObject({ format: 'gendarmerie-structured', created: 3, rejected: [] })

    const ornex = await unitByPublicId('1008620')
    expect(ornex).toMatchObject({
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      status: 'active',
      source: 'opendata-gendarmerie',
      address: { inseeCode: '01281', department: '01', commune: 'Ornex', postcode: '01210' },
      location: { latitude: 46.27591, longitude: 6.09523 },
      openingHours: 'Mo,Tu,Th,Fr 08:00-12:00,14:00-18:00; We,Sa 14:00-18:00; Su 09:00-12:00,15:00-18:00; PH 09:00-12:00',
    })
    expect((await unitByPublicId('1008593')).openingHours).toBe('24/7')
    expect((await unitByPublicId('1008614')).openingHours).toBeFalsy()
    const noumea = await hub.payload.find({ collection: 'units', where: { 'address.inseeCode': { equals: '98818' } } })
    expect(noumea.docs[0]).toMatchObject({ kind: 'police-station', address: { commune: 'Nouméa', department: '988' } })
  })

  it('changes nothing the second time, and says so', async () => {
    const before = await hub.payload.find({ collection: 'units', pagination: false, depth: 0, sort: 'id' })
    expect(await run(sample('police_export-pn_sample.csv'))).toMatchObject({ created: 0, updated: 0, unchanged: 6, closed: 0 })
    expect(await run(path.join(dir, 'export-gn2.csv'))).toMatchObject({ created: 0, updated: 0, unchanged: 3, closed: 0 })
    const after = await hub.payload.find({ collection: 'units', pagination: false, depth: 0, sort: 'id' })
    expect(after.docs.map((d) => d.updatedAt)).toEqual(before.docs.map((d) => d.updatedAt))
  })

  it('reads the free-text file (JSON rows keyed like the CSV) for the same brigades', async () => {
    const summary = await run(sample('gendarmerie_free-text_sample.json'), { dryRun: true })
    // Ornex loses its public-holiday hours, Belley its 24/7: two updates, nothing written in a dry run.
    expect(summary).toMatchObject({ format: 'gendarmerie-free-text', dryRun: true, updated: 2, unchanged: 1 })
    expect((await unitByPublicId('1008593')).openingHours).toBe('24/7')
  })

  it("keeps an editor's change and reports the conflict when the file changes that field too", async () => {
    const ornex = await unitByPublicId('1008620')
    const patch = await hub.api.patch(`/api/units/${ornex.id}`).set('Authorization', `JWT ${editor}`).send({ phone: '+33 4 50 00 00 01' })
    expect(patch.status).toBe(200)

    // Same file: the editor's phone stays, and no conflict since the file did not change.
    expect(await run(path.join(dir, 'export-gn2.csv'))).toMatchObject({ updated: 0, unchanged: 3, conflicts: [] })

    const moved = gn2Samples.map((u): Gn2Unit => (u.id === '1008620' ? { ...u, telephone: '+33 4 50 99 99 99', voie: '1 Rue Neuve' } : u))
    const summary = await run(writeFile('export-gn2-moved.csv', gn2File(moved)))
    expect(summary).toMatchObject({ updated: 1, unchanged: 2 })
    expect(summary.conflicts).toEqual([{ line: 2, publicId: '1008620', field: 'phone', kept: '+33 4 50 00 00 01', offered: '+33 4 50 99 99 99' }])
    const after = await unitByPublicId('1008620')
    expect(after.phone).toBe('+33 4 50 00 00 01')
    expect(after.address.street).toBe('1 Rue Neuve')
    expect(after.importRecord).toMatchObject({ conflicts: [{ field: 'phone', kept: '+33 4 50 00 00 01', offered: '+33 4 50 99 99 99' }] })

    // The conflict stays visible on later imports of that file, without any write.
    const again = await run(path.join(dir, 'export-gn2-moved.csv'))
    expect(again).toMatchObject({ updated: 0, unchanged: 3 })
    expect(again.conflicts).toHaveLength(1)
    expect((await unitByPublicId('1008620')).updatedAt).toBe(after.updatedAt)
  })

  it('closes a unit missing from a new full file, keeps it for editors, and reopens it when it comes back', async () => {
    const withoutOyonnax = gn2Samples
      .filter((u) => u.id !== '1008614')
      .map((u) => (u.id === '1008620' ? { ...u, voie: '1 Rue Neuve', telephone: '+33 4 50 99 99 99' } : u))
    const summary = await run(writeFile('export-gn2-next.csv', gn2File(withoutOyonnax)))
    expect(summary).toMatchObject({ closed: 1, created: 0 })
    const oyonnax = await unitByPublicId('1008614')
    expect(oyonnax.status).toBe('closed')

    const anonymous = await hub.api.get('/api/units?limit=100&depth=0')
    expect(anonymous.body.docs.map((u: { publicId: string }) => u.publicId)).not.toContain('1008614')
    const staff = await hub.api.get('/api/units?where[status][equals]=closed&depth=0').set('Authorization', `JWT ${editor}`)
    expect(staff.body.docs.map((u: { publicId: string }) => u.publicId)).toEqual(['1008614'])

    expect(await run(path.join(dir, 'export-gn2-next.csv'))).toMatchObject({ closed: 0, updated: 0 })
    expect(await run(path.join(dir, 'export-gn2-moved.csv'))).toMatchObject({ updated: 1, closed: 0 })
    expect((await unitByPublicId('1008614')).status).toBe('active')
  })

  it('rejects bad rows with their line and reason, imports the others, never closes a rejected unit', async () => {
    const rows: Gn2Unit[] = [
      { ...gn2Samples[0], voie: '1 Rue Neuve', telephone: '+33 4 50 99 99 99', hours: { lundi: [['08h00', '25h00']] } },
      gn2Samples[1],
      gn2Samples[2],
      { id: '9000001', service: 'Brigade inconnue', commune: 'Nulle part', departement: '99', code_commune_insee: '99999', lat: 46, lng: 5 },
      { id: '9000002', service: 'Brigade au large', commune: 'Rennes', departement: '35', code_commune_insee: '35238', lat: 12, lng: 120 },
      { id: '9000003', service: 'Brigade mal rangée', commune: 'Rennes', departement: '45', code_commune_insee: '35238' },
      { ...gn2Samples[1], service: 'Doublon' },
      {
        id: '9000004',
        service: 'Brigade de Rennes (test)',
        commune: 'Rennes',
        departement: '35',
        code_commune_insee: '35238',
        lat: 48.11,
        lng: -1.68,
      },
    ]
    const summary = await run(writeFile('export-gn2-bad.csv', gn2File(rows)))
    expect(summary.rejected).toEqual([
      { line: 2, reason: 'hours: unreadable time range "08h00-25h00" in lundi_plage1' },
      { line: 5, reason: 'code_commune_insee: unknown INSEE commune code "99999"' },
      { line: 6, reason: 'geocodage: (12, 120) is outside France and its overseas territories' },
      { line: 7, reason: 'departement: 45 does not match commune 35238 (Rennes, department 35)' },
      { line: 8, reason: 'duplicate of line 3 (same unit 1008614)' },
    ])
    expect(summary).toMatchObject({ created: 1, closed: 0 })
    expect((await unitByPublicId('1008620')).status).toBe('active')
    expect(await unitByPublicId('9000004')).toMatchObject({ status: 'active', address: { department: '35' } })
  })

  it('refuses an unusable file with a message, and writes nothing in a dry run', async () => {
    const unknown = await importOfficialFile(hub.payload, writeFile('other.csv', 'a;b;c\n1;2;3\n'))
    expect(unknown).toEqual({ error: expect.stringContaining('unrecognised header') })
    const missing = await importOfficialFile(hub.payload, writeFile('short.csv', 'identifiant_public_unite;service;horaires_accueil\n1;x;\n'))
    expect(missing).toEqual({ error: expect.stringMatching(/gendarmerie-free-text file: missing column\(s\) .*code_commune_insee/) })
    expect(await importOfficialFile(hub.payload, path.join(dir, 'absent.csv'))).toEqual({ error: expect.stringContaining('ENOENT') })

    const count = (await hub.payload.count({ collection: 'units' })).totalDocs
    const fresh = [{ ...gn2Samples[2], id: '9000010', service: 'Brigade nouvelle' }]
    const dry = await run(writeFile('dry.csv', gn2File(fresh)), { dryRun: true, partial: true })
    expect(dry).toMatchObject({ dryRun: true, created: 1 })
    expect((await hub.payload.count({ collection: 'units' })).totalDocs).toBe(count)
  })

  it('loads the compétence territoriale file and refreshes it idempotently', async () => {
    const file = writeFile(
      'competences.csv',
      [
        'code_commune_insee;commune;institution;id_service;service;codes_postaux',
        "01281;Ornex;Gendarmerie;1008620;Gendarmerie - Brigade d'Ornex;01210",
        "01283;Oyonnax;Police;pn-01283;Commissariat de police d'Oyonnax;01100",
        '99999;Nulle part;Gendarmerie;1;Brigade;01000',
        '01034;Belley;Armée;2;Caserne;01300',
      ].join('\n'),
    )
    const first = await run(file)
    expect(first).toMatchObject({ format: 'competence', created: 2 })
    expect(first.rejected).toEqual([
      { line: 4, reason: 'code_commune_insee: unknown INSEE commune code "99999"' },
      { line: 5, reason: 'institution: "Armée" is neither police nor gendarmerie' },
    ])
    expect(await run(file)).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    const competence = await hub.payload.find({ collection: 'unit-competences', where: { inseeCode: { equals: '01281' } } })
    expect(competence.docs[0]).toMatchObject({ institution: 'gendarmerie', serviceId: '1008620', postcodes: '01210', status: 'active' })
  })
})

describe('npm run import:units', () => {
  const exec = promisify(execFile)
  const cli = (args: string[], env: Record<string, string> = {}) =>
    exec('node', ['--import', 'tsx', 'src/cli/runScript.ts', 'src/cli/importUnits.ts', ...args], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, ...env },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    )

  it('exits 1 on an unusable file and 2 on a usage error, with a message', async () => {
    const unusable = await cli([writeFile('cli-bad.csv', 'x;y\n1;2\n')])
    expect(unusable.code).toBe(1)
    expect(unusable.stderr).toContain('unrecognised header')
    const usage = await cli([])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('usage: npm run import:units -- FILE')
  })
})
