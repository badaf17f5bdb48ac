import { z } from 'zod'

import { serviceAudiences, serviceCategories, sheetThemes } from '../../src/lib/vocabularies'
import { decimalParam, wholeNumberParam } from '../../src/lib/queryNumber'
import { departmentOfCommune, isCommuneCode, isDepartmentCode } from '../../src/lib/territories'

export const lang = z.enum(['fr', 'en'], { error: 'lang: must be fr or en' }).default('fr')
export const commune = z.string().refine(isCommuneCode, { error: (issue) => `commune: unknown INSEE commune code ${JSON.stringify(issue.input)}` })
export const department = z.string().refine(isDepartmentCode, { error: (issue) => `department: unknown department code ${JSON.stringify(issue.input)}` })
export const limit = (fallback: number) => wholeNumberParam('limit: must be a whole number between 1 and 50', 1, 50).default(fallback)
const slug = (name: string) => z.string().regex(/^[a-z0-9-]{1,100}$/, { error: `${name}: lowercase letters, digits and dashes only` })
const oneOf = (name: string, values: string[]) =>
  z.enum(values as [string, ...string[]], { error: `${name}: must be one of ${values.join(', ')}` })

/** A commune implies its department; a department given beside it must be the same one. */
const territory = {
  commune: commune.optional(),
  department: department.optional(),
}
const sameTerritory = (value: { commune?: string; department?: string }, ctx: z.RefinementCtx) => {
  if (value.commune && value.department && departmentOfCommune(value.commune) !== value.department) {
    ctx.addIssue({ code: 'custom', path: ['department'], message: `department: commune ${value.commune} is not in department ${value.department}` })
  }
}

/** The query parameters of each widget, shared by its data endpoint, its frame page and oEmbed. */
export const widgetParams = {
  news: z.strictObject({ ...territory, lang, limit: limit(5) }).superRefine(sameTerritory),
  services: z
    .strictObject({
      ...territory,
      lang,
      category: oneOf('category', serviceCategories.map((c) => c.value)).optional(),
      audience: oneOf('audience', serviceAudiences.map((a) => a.value)).optional(),
      limit: limit(50),
    })
    .superRefine(sameTerritory),
  sheet: z
    .strictObject({ lang, slug: slug('slug').optional(), theme: oneOf('theme', sheetThemes.map((t) => t.value)).optional(), limit: limit(10) })
    .superRefine((value, ctx) => {
      if (!value.slug === !value.theme) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'slug: give either slug or theme (exactly one)' })
    }),
  orienteer: z.strictObject({ lang, guide: slug('guide').default('cyber') }),
  units: z
    .strictObject({
      lang,
      commune: commune.optional(),
      lat: decimalParam('lat: must be a decimal number such as 48.11', -90, 90, 'lat: must be between -90 and 90').optional(),
      lng: decimalParam('lng: must be a decimal number such as -1.68', -180, 180, 'lng: must be between -180 and 180').optional(),
      limit: limit(3),
    })
    .superRefine((value, ctx) => {
      if ((value.lat === undefined) !== (value.lng === undefined)) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'lat: give lat and lng together' })
      if (!value.commune && value.lat === undefined) ctx.addIssue({ code: 'custom', path: ['commune'], message: 'commune: required (or lat and lng)' })
    }),
} as const

export type WidgetName = keyof typeof widgetParams
export const widgetNames = Object.keys(widgetParams) as WidgetName[]
export type WidgetQuery<W extends WidgetName> = z.output<(typeof widgetParams)[W]>

export const isWidgetName = (name: unknown): name is WidgetName => typeof name === 'string' && name in widgetParams

/** Query string → typed parameters, or the first problem as a message naming the parameter. */
export function parseWidgetQuery<W extends WidgetName>(
  widget: W,
  search: URLSearchParams,
): { ok: true; query: WidgetQuery<W> } | { ok: false; message: string } {
  const raw: Record<string, string> = {}
  for (const [key, value] of search) {
    if (key in raw) return { ok: false, message: `${key}: given more than once` }
    raw[key] = value
  }
  const parsed = widgetParams[widget].safeParse(raw)
  if (parsed.success) return { ok: true, query: parsed.data as WidgetQuery<W> }
  const issue = parsed.error.issues[0]
  if (issue.code === 'unrecognized_keys') return { ok: false, message: `${issue.keys[0]}: unknown parameter for the ${widget} widget` }
  const name = String(issue.path[0] ?? '')
  return { ok: false, message: issue.message.startsWith(`${name}:`) ? issue.message : `${name}: ${issue.message}` }
}
