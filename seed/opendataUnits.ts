import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Unit } from '../payload-types'
import type { UnitFormat } from '../src/import/formats'
import { readAllRows } from '../src/import/readRows'
import type { ImportRecord } from '../src/import/unitMerge'
import { trackedValues } from '../src/import/unitMerge'
import { parseUnitRow } from '../src/import/unitRows'

export { policePublicId } from '../src/import/unitRows'

export type UnitSeed = Omit<Unit, 'id' | 'createdAt' | 'updatedAt'> & { publicId: string }

const here = path.dirname(fileURLToPath(import.meta.url))
const opendataDir = path.join(here, 'opendata')

/** Sample rows go through the importer's own parsing, and remember what they wrote like an import does. */
async function unitsOf(file: string, format: UnitFormat): Promise<UnitSeed[]> {
  const source = await readAllRows(path.join(opendataDir, file))
  if ('error' in source) throw new Error(`seed/opendata: ${source.error}`)
  return source.rows.map(({ line, record }) => {
    const result = parseUnitRow(format, record)
    if ('error' in result) throw new Error(`seed/opendata/${file}: line ${line}: ${result.error}`)
    const importRecord: ImportRecord = { values: trackedValues(result.unit, 'active'), conflicts: [] }
    return { ...result.unit, status: 'active', importRecord }
  })
}

/** The real police stations of the sample of data.gouv.fr's export-pn.csv. */
export const policeUnits = (): Promise<UnitSeed[]> => unitsOf('police_export-pn_sample.csv', 'police')

/** The real gendarmerie brigades of the sample of data.gouv.fr's free-text hours file. */
export const gendarmerieUnits = (): Promise<UnitSeed[]> => unitsOf('gendarmerie_free-text_sample.json', 'gendarmerie-free-text')
