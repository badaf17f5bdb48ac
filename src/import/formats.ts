import { structuredHoursColumns } from '../lib/structuredHours'

export type UnitFormat = 'police' | 'gendarmerie-structured' | 'gendarmerie-free-text'
export type FileFormat = UnitFormat | 'competence'

const identity = ['service', 'code_commune_insee', 'voie', 'code_postal', 'commune', 'telephone', 'geocodage_x_GPS', 'geocodage_y_GPS']

/** Columns each format must have (others are ignored), by format. */
export const requiredColumns: Record<FileFormat, string[]> = {
  police: [...identity, 'departement'],
  'gendarmerie-structured': ['identifiant_public_unite', ...identity, 'departement', 'url', ...structuredHoursColumns],
  'gendarmerie-free-text': ['identifiant_public_unite', ...identity, 'departement', 'url', 'horaires_accueil'],
  competence: ['code_commune_insee', 'institution', 'id_service', 'service', 'codes_postaux'],
}

/**
 * Header names of the competence file as it may be spelled; each is read as the canonical name
 * on the left. The accepted header is documented in docs/operating.md.
 */
export const competenceAliases: Record<string, string[]> = {
  code_commune_insee: ['code_insee', 'insee', 'code_commune', 'codgeo'],
  codes_postaux: ['code_postal', 'code_postaux', 'cp'],
}

export function canonicalHeader(columns: string[]): string[] {
  const names = columns.map((column) => {
    const name = column.trim().replace(/^\uFEFF/, '')
    return /^geocodage_[xy]_gps$/i.test(name) ? name.slice(0, -3) + 'GPS' : name.toLowerCase()
  })
  const competence = names.includes('id_service') || names.includes('institution')
  if (!competence) return names
  return names.map((name) => Object.entries(competenceAliases).find(([, aliases]) => aliases.includes(name))?.[0] ?? name)
}

export type Detection = { format: FileFormat } | { error: string }

/** The format follows from the header; a header that fits none makes the file unusable. */
export function detectFormat(header: string[]): Detection {
  const has = (column: string) => header.includes(column)
  const format: FileFormat | undefined =
    has('id_service') || has('institution')
      ? 'competence'
      : has('horaires_accueil')
        ? 'gendarmerie-free-text'
        : has('lundi_plage1_debut')
          ? 'gendarmerie-structured'
          : has('service') && !has('identifiant_public_unite')
            ? 'police'
            : undefined
  if (!format) {
    return {
      error:
        'unrecognised header: expected the police export-pn.csv, the gendarmerie export-gn2.csv (structured hours), ' +
        'the gendarmerie file with horaires_accueil, or the compétence territoriale file',
    }
  }
  const missing = requiredColumns[format].filter((column) => !has(column))
  return missing.length ? { error: `${format} file: missing column(s) ${missing.join(', ')}` } : { format }
}
