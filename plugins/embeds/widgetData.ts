import type { PayloadRequest } from 'payload'

import { type Reading, readingOf } from '../../src/access/previewReading'

import { newsData } from './content/news'
import { orienteerData } from './content/orienteer'
import { servicesData } from './content/services'
import { NotFound, sheetData } from './content/sheet'
import { unitsData } from './content/units'
import { parseWidgetQuery, type WidgetName, type WidgetQuery } from './contract'

export type WidgetData = { data: unknown; tags: string[]; lastModified?: Date; freshUntil?: Date }
export type WidgetDataResult = ({ ok: true; preview: boolean } & WidgetData) | { ok: false; status: 400 | 403 | 404; message: string }

export const previewRefused = 'preview: drafts are shown to an editor’s session only (log in to the admin)'

/**
 * A widget's query without `preview`, and how to read it: an editor's `preview=1` shows drafts
 * (see src/access/previewReading.ts), for sheets, services and news; units have no drafts.
 */
export function widgetReading(req: PayloadRequest, search: URLSearchParams): { reading: Reading; query: URLSearchParams } {
  const reading = readingOf(req, search)
  const query = new URLSearchParams(search)
  query.delete('preview')
  return { reading, query }
}

/** Each widget's data function; the contract's response types are their return types. */
export const widgetDataOf = {
  news: newsData,
  services: servicesData,
  // Units have no drafts: read as readers read them (its third argument is the time told).
  units: (req: PayloadRequest, query: WidgetQuery<'units'>) => unitsData(req, query),
  sheet: sheetData,
  orienteer: orienteerData,
} satisfies { [W in WidgetName]: (req: PayloadRequest, query: WidgetQuery<W>, reading: Reading) => Promise<WidgetData> }

/** Exactly what a widget shows, from its query string: the one source for data endpoints and frame pages. */
export async function widgetData<W extends WidgetName>(req: PayloadRequest, widget: W, search: URLSearchParams): Promise<WidgetDataResult> {
  const { reading, query: rest } = widgetReading(req, search)
  if (reading.mode === 'refused') return { ok: false, status: 403, message: previewRefused }
  const parsed = parseWidgetQuery(widget, rest)
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message }
  const dataOf = widgetDataOf[widget] as (req: PayloadRequest, query: WidgetQuery<W>, reading: Reading) => Promise<WidgetData>
  try {
    return { ok: true, preview: reading.mode === 'preview', ...(await dataOf(req, parsed.query, reading)) }
  } catch (error) {
    if (error instanceof NotFound) return { ok: false, status: 404, message: error.message }
    throw error
  }
}
