import { z } from 'zod'

import type { Unit } from '../../payload-types'
import { toSlug } from '../fields/slug'
import { isHttpUrl } from '../fields/url'
import { isInFrance } from '../lib/franceBounds'
import { freeTextHoursToOpeningHours, type HoursResult } from '../lib/gendarmerieHours'
import { nameKey } from '../lib/nameKey'
import { structuredHoursToOpeningHours } from '../lib/structuredHours'
import { findCommune } from '../lib/territories'
import type { UnitFormat } from './formats'
import { issuesMessage } from '../lib/fieldMessage'

/** What an import writes into a unit, from one row of an official file. */
export type UnitData = {
  name: string
  kind: Unit['kind']
  force: Unit['force']
  publicId: string
  address: { street: string | null; postcode: string | null; commune: string; inseeCode: string }
  location: { latitude: number | null; longitude: number | null }
  phone: string | null
  website?: string | null
  /** Absent for the police file, which has no hours: an editor's hours are then never touched. */
  openingHours?: string | null
  source: NonNullable<Unit['source']>
}

export type RowResult = { unit: UnitData; warnings: string[] } | { error: string }

/** Police rows carry no id: the commune code and the station's name make a stable key. */
export const policePublicId = (inseeCode: string, name: string): string => `pn-${inseeCode}-${toSlug(name)}`

const text = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '')
const optionalText = text.transform((value) => value || null)

const coordinate = (column: string) =>
  text.transform((value, ctx) => {
    if (!value) return null
    const number = Number(value.replace(',', '.'))
    if (!Number.isFinite(number)) {
      ctx.addIssue({ code: 'custom', message: `${column}: not a number: "${value}"` })
      return z.NEVER
    }
    return number
  })

const identityRow = z.object({
  service: text.refine((value) => value !== '', 'service: the unit has no name'),
  code_commune_insee: text,
  departement: text,
  commune: text,
  voie: optionalText,
  code_postal: text.refine((value) => value === '' || /^\d{5}$/.test(value), 'code_postal: five digits expected').transform((value) => value || null),
  telephone: optionalText,
  geocodage_x_GPS: coordinate('geocodage_x_GPS'),
  geocodage_y_GPS: coordinate('geocodage_y_GPS'),
})

const gendarmerieRow = identityRow.extend({
  identifiant_public_unite: text.refine((value) => value !== '', 'identifiant_public_unite: empty'),
  url: optionalText.refine((value) => value === null || isHttpUrl(value), 'url: not an http(s) URL'),
})

// Old files give Corsica as department 20.
const sameDepartment = (given: string, official: string) =>
  given.padStart(2, '0') === official || (given === '20' && (official === '2A' || official === '2B'))

/**
 * One row of an official units file, checked against INSEE's list (code, department, name)
 * and France's territories (coordinates), turned into the unit it describes.
 */
export function parseUnitRow(format: UnitFormat, raw: Record<string, string | undefined>): RowResult {
  const parsed = (format === 'police' ? identityRow : gendarmerieRow).safeParse(raw)
  if (!parsed.success) return { error: issuesMessage(parsed.error, { fallback: 'row' }) }
  const row = parsed.data
  const warnings: string[] = []

  const commune = findCommune(row.code_commune_insee)
  if (!commune) return { error: `code_commune_insee: unknown INSEE commune code "${row.code_commune_insee}"` }
  if (row.departement && !sameDepartment(row.departement, commune.department)) {
    return { error: `departement: ${row.departement} does not match commune ${commune.code} (${commune.name}, department ${commune.department})` }
  }
  if (
    row.commune &&
    nameKey(row.commune)
      .replace(/\bst\b/g, 'saint')
      .replace(/\bste\b/g, 'sainte') !== nameKey(commune.name)
  ) {
    warnings.push(`commune "${row.commune}" differs from INSEE's name "${commune.name}" for ${commune.code}`)
  }

  const lat = row.geocodage_y_GPS
  const lng = row.geocodage_x_GPS
  if ((lat === null) !== (lng === null)) return { error: 'geocodage_x_GPS/geocodage_y_GPS: only one of the two coordinates is given' }
  if (lat !== null && lng !== null && !isInFrance(lat, lng)) {
    return { error: `geocodage: (${lat}, ${lng}) is outside France and its overseas territories` }
  }

  const base = {
    name: row.service,
    address: { street: row.voie, postcode: row.code_postal, commune: commune.name, inseeCode: commune.code },
    location: { latitude: lat, longitude: lng },
    phone: row.telephone,
  }
  if (format === 'police') {
    return {
      unit: { ...base, kind: 'police-station', force: 'police', publicId: policePublicId(commune.code, row.service), source: 'opendata-police' },
      warnings,
    }
  }

  const hours: HoursResult =
    format === 'gendarmerie-structured' ? structuredHoursToOpeningHours(raw) : freeTextHoursToOpeningHours(raw.horaires_accueil)
  if ('error' in hours) return { error: `hours: ${hours.error}` }
  const gendarmerie = row as z.output<typeof gendarmerieRow>
  return {
    unit: {
      ...base,
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      publicId: gendarmerie.identifiant_public_unite,
      website: gendarmerie.url,
      openingHours: hours.hours,
      source: 'opendata-gendarmerie',
    },
    warnings,
  }
}
