import fs from 'node:fs'

import { parse } from 'csv-parse/sync'
import { z } from 'zod'

import { canonicalHeader } from './formats'

export type SourceRow = { line: number; record: Record<string, string | undefined> }
export type SourceFile = { header: string[]; rows: SourceRow[]; broken: { line: number; reason: string }[] }

const jsonRows = z.array(
  z.record(
    z.string(),
    z.union([z.string(), z.number(), z.null()]).transform((v) => (v === null ? '' : String(v))),
  ),
)

/** The file's first line decides the separator: the ministry's files use ";", others ",". */
function separatorOf(firstLine: string): string {
  const count = (char: string) => firstLine.split(char).length - 1
  return count(';') >= count(',') ? ';' : ','
}

/**
 * Reads an official file (CSV, or JSON: an array of objects keyed by the CSV's column names).
 * A malformed record is reported with its line and skipped; only an unreadable file is an error.
 */
export function readSourceFile(file: string): SourceFile | { error: string } {
  let content: string
  try {
    content = fs.readFileSync(file, 'utf8')
  } catch (error) {
    return { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }
  }
  content = content.replace(/^\uFEFF/, '')
  if (!content.trim()) return { error: `${file} is empty` }

  if (/^\s*\[/.test(content)) {
    let data: unknown
    try {
      data = JSON.parse(content)
    } catch (error) {
      return { error: `${file}: not valid JSON: ${(error as Error).message}` }
    }
    const rows = jsonRows.safeParse(data)
    if (!rows.success) return { error: `${file}: expected a JSON array of objects with text values` }
    if (!rows.data.length) return { error: `${file} has no rows` }
    const original = Object.keys(rows.data[0])
    const header = canonicalHeader(original)
    return {
      header,
      broken: [],
      rows: rows.data.map((record, i) => ({
        line: i + 1,
        record: Object.fromEntries(original.map((key, k) => [header[k], record[key]])),
      })),
    }
  }

  const firstLine = content.slice(0, content.indexOf('\n') === -1 ? undefined : content.indexOf('\n'))
  const delimiter = separatorOf(firstLine)
  const broken: SourceFile['broken'] = []
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(content, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) broken.push({ line: Number(error.lines), reason: `malformed CSV: ${error.message}` })
        return undefined
      },
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    return { error: `${file}: not a readable CSV file: ${(error as Error).message}` }
  }
  if (!records.length) return { error: `${file} has no header` }
  const header = canonicalHeader(records[0].record)
  const rows: SourceRow[] = []
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      broken.push({ line: info.lines, reason: `${record.length} fields where the header has ${header.length}` })
      continue
    }
    rows.push({ line: info.lines, record: Object.fromEntries(header.map((column, i) => [column, record[i]])) })
  }
  return { header, rows, broken }
}
