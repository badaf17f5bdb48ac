import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'csv-parse/sync'

import type { Unit } from '../payload-types'
import { toSlug } from '../src/fields/slug'
import { freeTextHoursToOpeningHours } from '../src/lib/gendarmerieHours'

export type UnitSeed = Omit<Unit, 'id' | 'createdAt' | 'updatedAt'> & { publicId: string }

const here = path.dirname(fileURLToPath(import.meta.url))
const opendataDir = path.join(here, 'opendata')

const number = (value: string | undefined): number | null =>
  value === undefined || value.trim() === '' ? null : Number(value)

/** Police rows carry no id: the commune code and the station's name make a stable key. */
export const policePublicId = (inseeCode: string, name: string): string => `pn-${inseeCode}-${toSlug(name)}`

/** The real police stations of the sample of data.gouv.fr's export-pn.csv. */
export function policeUnits(): UnitSeed[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(path.join(opendataDir, 'police_export-pn_sample.csv')), {
    columns: true,
    delimiter: ';',
    skip_empty_lines: true,
    trim: true,
  })
  return rows.map((row) => ({
    name: row.service,
    kind: 'police-station',
    force: 'police',
    publicId: policePublicId(row.code_commune_insee, row.service),
    address: { street: row.voie, postcode: row.code_postal, commune: row.commune, inseeCode: row.code_commune_insee },
    location: { latitude: number(row.geocodage_y_GPS), longitude: number(row.geocodage_x_GPS) },
    phone: row.telephone || null,
    status: 'active',
    source: 'opendata-police',
  }))
}

/** The real gendarmerie brigades of the sample of data.gouv.fr's free-text hours file. */
export function gendarmerieUnits(): UnitSeed[] {
  const rows: Record<string, string>[] = JSON.parse(
    fs.readFileSync(path.join(opendataDir, 'gendarmerie_free-text_sample.json'), 'utf8'),
  )
  return rows.map((row) => {
    const hours = freeTextHoursToOpeningHours(row.horaires_accueil)
    if ('error' in hours) throw new Error(`seed/opendata: unit ${row.identifiant_public_unite}: ${hours.error}`)
    return {
      name: row.service,
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      publicId: row.identifiant_public_unite,
      address: { street: row.voie, postcode: row.code_postal, commune: row.commune, inseeCode: row.code_commune_insee },
      location: { latitude: number(row.geocodage_y_GPS), longitude: number(row.geocodage_x_GPS) },
      phone: row.telephone || null,
      website: row.url || null,
      openingHours: hours.hours,
      status: 'active',
      source: 'opendata-gendarmerie',
    }
  })
}
