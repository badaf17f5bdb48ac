import type { PayloadRequest } from 'payload'

import { newsData } from './content/news'
import { orienteerData } from './content/orienteer'
import { servicesData } from './content/services'
import { NotFound, sheetData } from './content/sheet'
import { unitsData } from './content/units'
import { parseWidgetQuery, type WidgetName } from './params'

export type WidgetData = { data: unknown; tags: string[]; lastModified?: Date; freshUntil?: Date }
export type WidgetDataResult = ({ ok: true } & WidgetData) | { ok: false; status: 400 | 404; message: string }

/** Exactly what a widget shows, from its query string: the one source for data endpoints and frame pages. */
export async function widgetData(req: PayloadRequest, widget: WidgetName, search: URLSearchParams): Promise<WidgetDataResult> {
  const parsed = parseWidgetQuery(widget, search)
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message }
  const query = parsed.query as never
  try {
    switch (widget) {
      case 'news':
        return { ok: true, ...(await newsData(req, query)) }
      case 'services':
        return { ok: true, ...(await servicesData(req, query)) }
      case 'sheet':
        return { ok: true, ...(await sheetData(req, query)) }
      case 'orienteer':
        return { ok: true, ...(await orienteerData(req, query)) }
      case 'units':
        return { ok: true, ...(await unitsData(req, query)) }
    }
  } catch (error) {
    if (error instanceof NotFound) return { ok: false, status: 404, message: error.message }
    throw error
  }
}
