import { structuredHoursColumns } from '../src/lib/structuredHours'
import { listCommunes } from '../src/lib/territories'

/** A gendarmerie export-gn2.csv as DESIGN.md describes it: ";"-separated, quoted, hours per day and range. */
export const gn2Header = [
  'identifiant_public_unite',
  'service',
  'adresse_geographique',
  'voie',
  'code_postal',
  'commune',
  'departement',
  'code_commune_insee',
  'telephone',
  'url',
  'geocodage_epsg',
  'geocodage_x',
  'geocodage_y',
  'geocodage_x_GPS',
  'geocodage_y_GPS',
  ...structuredHoursColumns,
]

export type Gn2Unit = {
  id: string
  service: string
  voie?: string
  code_postal?: string
  commune: string
  departement: string
  code_commune_insee: string
  telephone?: string
  url?: string
  lat?: number | string
  lng?: number | string
  /** e.g. { lundi: [['08h00', '12h00'], ['14h00', '18h00']], jours_feries: [['09h00', '12h00']] } */
  hours?: Partial<Record<string, [string, string][]>>
}

const quote = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`

export function gn2Line(unit: Gn2Unit): string {
  const values: Record<string, unknown> = {
    identifiant_public_unite: unit.id,
    service: unit.service,
    adresse_geographique: `${unit.voie ?? ''} ${unit.code_postal ?? ''} ${unit.commune.toUpperCase()}`,
    voie: unit.voie,
    code_postal: unit.code_postal,
    commune: unit.commune,
    departement: unit.departement,
    code_commune_insee: unit.code_commune_insee,
    telephone: unit.telephone,
    url: unit.url,
    geocodage_x_GPS: unit.lng,
    geocodage_y_GPS: unit.lat,
  }
  for (const [day, ranges] of Object.entries(unit.hours ?? {})) {
    ranges?.forEach(([from, to], i) => {
      values[`${day}_plage${i + 1}_debut`] = from
      values[`${day}_plage${i + 1}_fin`] = to
    })
  }
  return gn2Header.map((column) => quote(values[column])).join(';')
}

export const gn2File = (units: Gn2Unit[]): string => [gn2Header.join(';'), ...units.map(gn2Line)].join('\n') + '\n'

/**
 * COUNT brigades in communes of metropolitan departments picked by `random` (a seeded generator
 * makes the file the same each run), numbered from `firstId`, with their hours from `hours`.
 */
export function randomBrigades(
  count: number,
  { random, firstId, phonePrefix, hours }: { random: () => number; firstId: number; phonePrefix: string; hours: () => Gn2Unit['hours'] },
): Gn2Unit[] {
  const metropolitan = listCommunes().filter((commune) => commune.department.length === 2)
  return Array.from({ length: count }, (_, i) => {
    const commune = metropolitan[Math.floor(random() * metropolitan.length)]
    return {
      id: String(firstId + i),
      service: `Brigade de proximité de ${commune.name} n° ${i}`,
      voie: `${1 + Math.floor(random() * 200)} rue de la Gendarmerie`,
      code_postal: commune.postcodes[0],
      commune: commune.name,
      departement: commune.department,
      code_commune_insee: commune.code,
      telephone: `${phonePrefix} ${String(i).padStart(8, '0')}`,
      lat: Number((42.5 + random() * 8.3).toFixed(5)),
      lng: Number((-4.5 + random() * 12.3).toFixed(5)),
      hours: hours(),
    }
  })
}
