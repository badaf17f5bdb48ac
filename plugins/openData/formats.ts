import { stringify } from 'csv-stringify/sync'

import { chunkedBody } from './chunkedBody'
import type { TableSchema } from './tableSchemas'
import type { UnitRecord } from './unitRecords'

export const licence = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
}

const csvOptions = { record_delimiter: '\r\n' } as const

/** RFC 4180 CSV, UTF-8, a header row of the schema's field names, CRLF line ends. */
export function csvBody<T>(schema: TableSchema, rows: T[], recordOf: (row: T) => Record<string, unknown>): ReadableStream<Uint8Array> {
  const columns = schema.fields.map((field) => field.name)
  const line = (record: Record<string, unknown>) => columns.map((column) => record[column] ?? '')
  return chunkedBody(rows, {
    head: stringify([columns], csvOptions),
    chunk: (items) =>
      stringify(
        items.map((item) => line(recordOf(item))),
        csvOptions,
      ),
    tail: '',
  })
}

/**
 * RFC 7946 GeoJSON: one feature a unit, its coordinates as a point (longitude, latitude, WGS 84),
 * or no geometry when the unit has none; the licence and source as foreign members.
 */
export function geojsonBody<T>(origin: string, rows: T[], recordOf: (row: T) => UnitRecord): ReadableStream<Uint8Array> {
  const head = `{"type":"FeatureCollection","name":"relais-unites","licence":${JSON.stringify(licence.path)},"source":${JSON.stringify(new URL('/', origin).toString())},"features":[`
  const feature = (record: UnitRecord) => {
    const { latitude, longitude, ...properties } = record
    const geometry = typeof latitude === 'number' && typeof longitude === 'number' ? { type: 'Point', coordinates: [longitude, latitude] } : null
    return JSON.stringify({ type: 'Feature', id: record.id, geometry, properties })
  }
  return chunkedBody(rows, {
    head,
    chunk: (items, first) => (first ? '' : ',') + items.map((item) => feature(recordOf(item))).join(','),
    tail: ']}\n',
  })
}
