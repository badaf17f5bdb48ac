import fs from 'node:fs'

import { parse } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import { z } from 'zod'

import { canonicalHeader } from './formats'

export type SourceRow = { line: number; record: Record<string, string | undefined> }

/** An official file opened for reading: its header at once, its rows as they are read. */
export type SourceFile = {
  header: string[]
  /** The rows, read once, in the file's order; a malformed record lands in `broken` instead. */
  rows: () => AsyncGenerator<SourceRow>
  broken: { line: number; reason: string }[]
  /** How far the rows have been read, out of `size` (bytes for CSV), for a progress report. */
  progress: () => { done: number; size: number }
}

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

/** The first line (without a BOM), read alone: a header never needs the rest of the file. */
function firstLineOf(file: string): string {
  const fd = fs.openSync(file, 'r')
  try {
    const chunks: Buffer[] = []
    const buffer = Buffer.alloc(64 * 1024)
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) {
      const newline = buffer.subarray(0, read).indexOf(10)
      chunks.push(Buffer.from(buffer.subarray(0, newline === -1 ? read : newline)))
      if (newline !== -1 || Buffer.concat(chunks).length > 1024 * 1024) break
    }
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
  } finally {
    fs.closeSync(fd)
  }
}

/*
 * A national file has tens of thousands of rows and a generated one a million: the CSV is read
 * as a stream (csv-parse's stream API) and handed over row by row, so the importer's memory does
 * not grow with the file. A JSON array is read whole (JSON.parse needs all of it); the ministry
 * publishes CSV.
 */
function csvFile(file: string, size: number): SourceFile | { error: string } {
  const firstLine = firstLineOf(file)
  if (!firstLine.trim()) return { error: `${file} has no header` }
  const delimiter = separatorOf(firstLine)
  const options = { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true } as const
  let header: string[]
  try {
    header = canonicalHeader(parseSync(firstLine, { delimiter, relax_column_count: true })[0] ?? [])
  } catch (error) {
    return { error: `${file}: not a readable CSV file: ${(error as Error).message}` }
  }
  const broken: SourceFile['broken'] = []
  let done = 0
  async function* rows(): AsyncGenerator<SourceRow> {
    const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 })
    stream.on('data', (chunk) => (done += chunk.length))
    const parser = stream.pipe(
      parse({
        ...options,
        from_line: 2,
        skip_records_with_error: true,
        on_skip: (error) => {
          if (error) broken.push({ line: Number(error.lines), reason: `malformed CSV: ${error.message}` })
          return undefined
        },
      }),
    )
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (record.length !== header.length) {
        broken.push({ line: info.lines, reason: `${record.length} fields where the header has ${header.length}` })
        continue
      }
      yield { line: info.lines, record: Object.fromEntries(header.map((column, i) => [column, record[i]])) }
    }
  }
  return { header, rows, broken, progress: () => ({ done, size }) }
}

function jsonFile(file: string): SourceFile | { error: string } {
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    return { error: `${file}: not valid JSON: ${(error as Error).message}` }
  }
  const parsed = jsonRows.safeParse(data)
  if (!parsed.success) return { error: `${file}: expected a JSON array of objects with text values` }
  if (!parsed.data.length) return { error: `${file} has no rows` }
  const list = parsed.data
  const original = Object.keys(list[0])
  const header = canonicalHeader(original)
  let done = 0
  async function* rows(): AsyncGenerator<SourceRow> {
    for (const [i, record] of list.entries()) {
      done = i + 1
      yield { line: i + 1, record: Object.fromEntries(original.map((key, k) => [header[k], record[key]])) }
    }
  }
  return { header, rows, broken: [], progress: () => ({ done, size: list.length }) }
}

/**
 * Opens an official file (CSV, or JSON: an array of objects keyed by the CSV's column names):
 * its header is read at once, its rows as the importer asks for them. A malformed record is
 * reported with its line and skipped; only an unreadable file is an error.
 */
export function openSourceFile(file: string): SourceFile | { error: string } {
  let size: number
  let start: string
  try {
    size = fs.statSync(file).size
    const fd = fs.openSync(file, 'r')
    const buffer = Buffer.alloc(Math.min(size, 4096))
    fs.readSync(fd, buffer)
    fs.closeSync(fd)
    start = buffer.toString('utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    return { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }
  }
  if (!start.trim()) return { error: `${file} is empty` }
  return /^\s*\[/.test(start) ? jsonFile(file) : csvFile(file, size)
}

/** Every row of a small file at once (the seed's samples). */
export async function readAllRows(file: string): Promise<{ rows: SourceRow[]; broken: SourceFile['broken'] } | { error: string }> {
  const source = openSourceFile(file)
  if ('error' in source) return source
  const rows: SourceRow[] = []
  for await (const row of source.rows()) rows.push(row)
  return { rows, broken: source.broken }
}
