import type { PayloadRequest } from 'payload'

import { newsData } from './content/news'
import { orienteerData } from './content/orienteer'
import { servicesData } from './content/services'
import { NotFound, sheetData } from './content/sheet'
import { unitsData } from './content/units'
import { parseWidgetQuery, type WidgetName, type WidgetQuery } from './contract'

export type WidgetData = { data: unknown; tags: string[]; lastModified?: Date; freshUntil?: Date }
export type WidgetDataResult = ({ ok: true } & WidgetData) | { ok: false; status: 400 | 404; message: string }

/** Each widget's data function; the contract's response types are their return types. */
export const widgetDataOf = {
  news: newsData,
  services: servicesData,
  units: unitsData,
  sheet: sheetData,
  orienteer: orienteerData,
} satisfies { [W in WidgetName]: (req: PayloadRequest, query: WidgetQuery<W>) => Promise<WidgetData> }

/** Exactly what a widget shows, from its query string: the one source for data endpoints and frame pages. */
export async function widgetData<W extends WidgetName>(req: PayloadRequest, widget: W, search: URLSearchParams): Promise<WidgetDataResult> {
  const parsed = parseWidgetQuery(widget, search)
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message }
  const dataOf = widgetDataOf[widget] as (req: PayloadRequest, query: WidgetQuery<W>) => Promise<WidgetData>
  try {
    return { ok: true, ...(await dataOf(req, parsed.query)) }
  } catch (error) {
    if (error instanceof NotFound) return { ok: false, status: 404, message: error.message }
    throw error
  }
}
