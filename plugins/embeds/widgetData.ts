import type { PayloadRequest } from 'payload'

import { newsData } from './content/news'
import { orienteerData } from './content/orienteer'
import { servicesData } from './content/services'
import { NotFound, sheetData } from './content/sheet'
import { unitsData } from './content/units'
import { parseWidgetQuery, type WidgetName } from './params'
import { hubOrigin } from './hubOrigin'

export type WidgetDataResult = { ok: true; data: unknown } | { ok: false; status: 400 | 404; message: string }

/** Exactly what a widget shows, from its query string: the one source for data endpoints and frame pages. */
export async function widgetData(req: PayloadRequest, widget: WidgetName, search: URLSearchParams): Promise<WidgetDataResult> {
  const parsed = parseWidgetQuery(widget, search)
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message }
  const query = parsed.query as never
  try {
    switch (widget) {
      case 'news':
        return { ok: true, data: await newsData(req, query, hubOrigin(req)) }
      case 'services':
        return { ok: true, data: await servicesData(req, query) }
      case 'sheet':
        return { ok: true, data: await sheetData(req, query) }
      case 'orienteer':
        return { ok: true, data: await orienteerData(req, query) }
      case 'units':
        return { ok: true, data: await unitsData(req, query) }
    }
  } catch (error) {
    if (error instanceof NotFound) return { ok: false, status: 404, message: error.message }
    throw error
  }
}
