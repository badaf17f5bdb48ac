import { z } from 'zod'

import { issuesMessage } from '../../src/lib/fieldMessage'
import { wholeNumberParam } from '../../src/lib/queryNumber'
import { communeCode, positionQuery, territoryQuery } from '../../src/lib/territoryParams'
import { serviceAudiences, serviceCategories, sheetThemes, valuesOf, type Term } from '../../src/lib/vocabularies'
import type { widgetDataOf } from './widgetData'
import { widgetElement, widgetInfo, widgetNames, type WidgetName } from './catalogue'
import { languages } from '../../src/lib/language'

/*
 * The widget contract: each widget's query parameters (zod), what the hub's pages say about
 * it, and the data it answers (the type of its data function). The data endpoints, the frame
 * pages, oEmbed and the snippet builder are derived from it; the widgets (embeds/) import its
 * types, so a parameter renamed here fails their type check.
 */

export { widgetElement, widgetInfo, widgetNames, type WidgetName }

const lang = z.enum(languages, { error: 'must be fr or en' }).default('fr')
const limit = (fallback: number) => wholeNumberParam('must be a whole number between 1 and 50', 1, 50).default(fallback)
const slug = z.string().regex(/^[a-z0-9-]{1,100}$/, { error: 'lowercase letters, digits and dashes only' })
const oneOf = (terms: Term[]) => {
  const values = valuesOf(terms)
  return z.enum(values, { error: `must be one of ${values.join(', ')}` })
}

/** The query parameters of each widget, shared by its data endpoint, its frame page and oEmbed. */
export const widgetParams = {
  news: territoryQuery.safeExtend({ lang, limit: limit(5) }).strict(),
  services: territoryQuery
    .safeExtend({ lang, category: oneOf(serviceCategories).optional(), audience: oneOf(serviceAudiences).optional(), limit: limit(50) })
    .strict(),
  units: positionQuery
    .safeExtend({ lang, commune: communeCode.optional(), limit: limit(3) })
    .strict()
    .superRefine((value, ctx) => {
      if (!value.commune && value.lat === undefined) ctx.addIssue({ code: 'custom', path: ['commune'], message: 'required (or lat and lng)' })
    }),
  sheet: z.strictObject({ lang, slug: slug.optional(), theme: oneOf(sheetThemes).optional(), limit: limit(5) }).superRefine((value, ctx) => {
    if (!value.slug === !value.theme) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'give either slug or theme (exactly one)' })
  }),
  orienteer: z.strictObject({ lang, guide: slug.default('cyber') }),
} satisfies Record<WidgetName, z.ZodObject>

export type WidgetQuery<W extends WidgetName> = z.output<(typeof widgetParams)[W]>
/** The names of a widget's parameters, as query parameters and as attributes of its element. */
export type WidgetParameter<W extends WidgetName> = keyof z.input<(typeof widgetParams)[W]> & string
/** The JSON a widget's data endpoint answers. */
export type WidgetResponse<W extends WidgetName> = Awaited<ReturnType<(typeof widgetDataOf)[W]>>['data']

export const widgetParameters = <W extends WidgetName>(widget: W) => Object.keys(widgetParams[widget].shape) as WidgetParameter<W>[]

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
  return { ok: false, message: issuesMessage(parsed.error, { unknown: `unknown parameter for the ${widget} widget` }) }
}
