import { z } from 'zod'

import { nameKey } from '../lib/nameKey'
import { findCommune } from '../lib/territories'
import { issuesMessage } from '../lib/fieldMessage'

export type CompetenceData = {
  key: string
  inseeCode: string
  institution: 'police' | 'gendarmerie'
  serviceId: string
  serviceName: string
  postcodes: string | null
}

const institutions: Record<string, CompetenceData['institution']> = {
  police: 'police',
  'police nationale': 'police',
  pn: 'police',
  dgpn: 'police',
  gendarmerie: 'gendarmerie',
  'gendarmerie nationale': 'gendarmerie',
  gn: 'gendarmerie',
  dggn: 'gendarmerie',
}

const text = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '')

const row = z.object({
  code_commune_insee: text.refine((code) => findCommune(code) !== undefined, {
    error: (issue) => `code_commune_insee: unknown INSEE commune code "${String(issue.input ?? '')}"`,
  }),
  institution: text.transform((value, ctx) => {
    const institution = institutions[nameKey(value)]
    if (!institution) {
      ctx.addIssue({ code: 'custom', message: `institution: "${value}" is neither police nor gendarmerie` })
      return z.NEVER
    }
    return institution
  }),
  id_service: text.refine((value) => value !== '', 'id_service: empty'),
  service: text.refine((value) => value !== '', 'service: empty'),
  codes_postaux: text.transform((value) => {
    const codes = value.split(/[\s,;|]+/).filter(Boolean)
    return codes.length ? codes.join(', ') : null
  }),
})

/** One row of the "compétence territoriale" file: a commune and the unit competent for it. */
export function parseCompetenceRow(raw: Record<string, string | undefined>): { competence: CompetenceData } | { error: string } {
  const parsed = row.safeParse(raw)
  if (!parsed.success) return { error: issuesMessage(parsed.error, { fallback: 'row' }) }
  const { code_commune_insee, institution, id_service, service, codes_postaux } = parsed.data
  const bad = codes_postaux?.split(', ').find((code) => !/^\d{5}$/.test(code))
  if (bad) return { error: `codes_postaux: "${bad}" is not a postcode` }
  return {
    competence: {
      key: `${code_commune_insee}:${institution}:${id_service}`,
      inseeCode: code_commune_insee,
      institution,
      serviceId: id_service,
      serviceName: service,
      postcodes: codes_postaux,
    },
  }
}
