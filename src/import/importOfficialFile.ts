import path from 'node:path'

import type { Payload, Where } from 'payload'

import type { Unit } from '../../payload-types'
import { parseCompetenceRow, type CompetenceData } from './competenceRows'
import { detectFormat, type FileFormat, type UnitFormat } from './formats'
import { openSourceFile, type SourceFile, type SourceRow } from './readRows'
import { parseUnitRow, type UnitData, policePublicId } from './unitRows'
import { type ImportRecord, planUnitChange, trackedValues } from './unitMerge'
import { WriteQueue } from './writeQueue'

/** How far an import is: the file read so far (bytes of a CSV), the rows checked, the writes done. */
export type ImportProgress = { done: number; size: number; rows: number; written: number }

export type ImportOptions = {
  /** Reads, checks and reports, writes nothing. */
  dryRun?: boolean
  /** The file covers part of the country: units missing from it are left alone, not closed. */
  partial?: boolean
  onProgress?: (progress: ImportProgress) => void
}

export type LineNote = { line: number; reason: string }
export type Conflict = { line: number; publicId: string; field: string; kept: unknown; offered: unknown }

export type ImportSummary = {
  file: string
  format: FileFormat
  dryRun: boolean
  rows: number
  created: number
  updated: number
  unchanged: number
  closed: number
  rejected: LineNote[]
  warnings: LineNote[]
  conflicts: Conflict[]
  /** Why a full file closed nothing, when it did not. */
  closureSkipped?: string
}

export type ImportOutcome = { summary: ImportSummary; unusable?: string } | { error: string }

const sourceOf: Record<UnitFormat, NonNullable<Unit['source']>> = {
  police: 'opendata-police',
  'gendarmerie-structured': 'opendata-gendarmerie',
  'gendarmerie-free-text': 'opendata-gendarmerie',
}

/** The key a rejected row would have had, so a bad row never closes its unit. */
function keyOfRejected(format: UnitFormat, record: SourceRow['record']): string | undefined {
  if (format !== 'police') return record.identifiant_public_unite?.trim() || undefined
  const code = record.code_commune_insee?.trim()
  const name = record.service?.trim()
  return code && name ? policePublicId(code, name) : undefined
}

/*
 * A full file closes what it no longer lists. When many of its rows were rejected it cannot
 * say what is gone (a truncated or mangled export would close half the country): it then
 * closes nothing, and the summary says why.
 */
export const maxRejectedShareToClose = 0.1

function closureRefusal(summary: ImportSummary): string | undefined {
  const rejected = summary.rejected.length
  if (rejected <= summary.rows * maxRejectedShareToClose) return undefined
  return (
    `closed nothing: ${rejected} of ${summary.rows} rows were rejected (more than ${maxRejectedShareToClose * 100}%), ` +
    'too many to tell what the file no longer lists; fix the file, or import it with --partial'
  )
}

/** Opens a file and recognises its format from its header; an error when the file is unusable. */
export function inspectFile(file: string): { source: SourceFile; format: FileFormat } | { error: string } {
  const source = openSourceFile(file)
  if ('error' in source) return { error: source.error }
  const detection = detectFormat(source.header)
  if ('error' in detection) return { error: `${path.basename(file)}: ${detection.error}` }
  return { source, format: detection.format }
}

/*
 * Rows are checked as the file is read and written in batches as they come, and the units
 * (or competences) a batch names are looked up for that batch alone: the memory an import
 * needs does not grow with the file, except for the keys it has seen (to find duplicates and
 * what a full file no longer lists).
 */
const rowsPerBatch = 250

/**
 * Loads an official open-data file into the units (or the competences): creates what is new,
 * updates what changed without overwriting an editor's changes, closes what left a full file,
 * and reports every rejected row with its line. Idempotent: the same file twice writes nothing.
 */
export async function importOfficialFile(payload: Payload, file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const inspected = inspectFile(file)
  if ('error' in inspected) return inspected
  const { source, format } = inspected

  const summary: ImportSummary = {
    file,
    format,
    dryRun: Boolean(options.dryRun),
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    rejected: [],
    warnings: [],
    conflicts: [],
  }
  const queue = new WriteQueue(payload, summary, options, () => source.progress())
  const usable =
    format === 'competence'
      ? await importCompetences(payload, source, summary, options, queue)
      : await importUnitRows(payload, format, source, summary, options, queue)
  summary.rows += source.broken.length
  summary.rejected.push(...source.broken)
  summary.rejected.sort((a, b) => a.line - b.line)
  return usable ? { summary } : { summary, unusable: `${path.basename(file)}: no usable row` }
}

/** The source's rows in batches of `rowsPerBatch`, counted in the summary as they are read. */
async function* batchesOf(source: SourceFile, summary: ImportSummary): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = []
  for await (const row of source.rows()) {
    summary.rows++
    batch.push(row)
    if (batch.length >= rowsPerBatch) {
      yield batch
      batch = []
    }
  }
  if (batch.length) yield batch
}

/** Every document of a collection matching `where`, a page at a time. */
async function* pagesOf<C extends 'units' | 'unit-competences'>(payload: Payload, collection: C, where: Where) {
  for (let page = 1; ; page++) {
    const found = await payload.find({ collection, where, sort: 'createdAt', limit: rowsPerBatch, page, depth: 0, locale: 'fr', pagination: false })
    if (found.docs.length) yield found.docs
    if (found.docs.length < rowsPerBatch) return
  }
}

async function importUnitRows(
  payload: Payload,
  format: UnitFormat,
  source: SourceFile,
  summary: ImportSummary,
  options: ImportOptions,
  queue: WriteQueue,
): Promise<boolean> {
  const seen = new Map<string, number>()
  const spared = new Set<string>()

  for await (const rows of batchesOf(source, summary)) {
    const parsed: { line: number; unit: UnitData }[] = []
    for (const { line, record } of rows) {
      const result = parseUnitRow(format, record)
      if ('error' in result) {
        summary.rejected.push({ line, reason: result.error })
        const key = keyOfRejected(format, record)
        if (key) spared.add(key)
        continue
      }
      const { unit, warnings } = result
      for (const reason of warnings) summary.warnings.push({ line, reason })
      const previousLine = seen.get(unit.publicId)
      if (previousLine !== undefined) {
        summary.rejected.push({ line, reason: `duplicate of line ${previousLine} (same unit ${unit.publicId})` })
        continue
      }
      seen.set(unit.publicId, line)
      parsed.push({ line, unit })
    }
    const existing = parsed.length
      ? await payload.find({
          collection: 'units',
          where: { publicId: { in: parsed.map(({ unit }) => unit.publicId) } },
          limit: parsed.length,
          pagination: false,
          depth: 0,
          locale: 'fr',
        })
      : { docs: [] }
    const byPublicId = new Map(existing.docs.map((doc) => [doc.publicId!, doc]))
    for (const { line, unit } of parsed) {
      const doc = byPublicId.get(unit.publicId)
      if (!doc) {
        const importRecord: ImportRecord = { values: trackedValues(unit, 'active'), conflicts: [] }
        queue.add(line, 'created', (req) =>
          payload.create({
            collection: 'units',
            data: { ...unit, status: 'active', importRecord } as never,
            locale: 'fr',
            depth: 0,
            select: { status: true },
            req,
          }),
        )
        continue
      }
      const plan = planUnitChange(doc, trackedValues(unit, 'active'))
      for (const conflict of plan.conflicts) summary.conflicts.push({ line, publicId: unit.publicId, ...conflict })
      if (!plan.write) {
        summary.unchanged++
        continue
      }
      queue.add(line, 'updated', (req) =>
        payload.update({ collection: 'units', id: doc.id, data: plan.data, locale: 'fr', depth: 0, select: { status: true }, req }),
      )
    }
    await queue.run()
  }
  const usable = seen.size > 0
  summary.closureSkipped = usable && !options.partial ? closureRefusal(summary) : undefined
  if (usable && !options.partial && !summary.closureSkipped) {
    for await (const docs of pagesOf(payload, 'units', { and: [{ source: { equals: sourceOf[format] } }, { publicId: { exists: true } }] })) {
      for (const doc of docs) {
        if (!doc.publicId || seen.has(doc.publicId) || spared.has(doc.publicId)) continue
        const plan = planUnitChange(doc, { ...(doc.importRecord as ImportRecord | null)?.values, status: 'closed' })
        if (!plan.write) continue
        queue.add(0, plan.data.status === 'closed' ? 'closed' : 'updated', (req) =>
          payload.update({ collection: 'units', id: doc.id, data: plan.data, locale: 'fr', depth: 0, select: { status: true }, req }),
        )
      }
      // Closing changes neither the source nor the public id: the next page is where it was.
      await queue.run()
    }
  }
  return usable
}

async function importCompetences(
  payload: Payload,
  source: SourceFile,
  summary: ImportSummary,
  options: ImportOptions,
  queue: WriteQueue,
): Promise<boolean> {
  const seen = new Map<string, number>()
  const fields: (keyof CompetenceData)[] = ['inseeCode', 'institution', 'serviceId', 'serviceName', 'postcodes']
  const select = { status: true } as const

  for await (const rows of batchesOf(source, summary)) {
    const parsed: CompetenceData[] = []
    const lines: number[] = []
    for (const { line, record } of rows) {
      const result = parseCompetenceRow(record)
      if ('error' in result) {
        summary.rejected.push({ line, reason: result.error })
        continue
      }
      const { competence } = result
      const previousLine = seen.get(competence.key)
      if (previousLine !== undefined) {
        summary.rejected.push({ line, reason: `duplicate of line ${previousLine} (${competence.key})` })
        continue
      }
      seen.set(competence.key, line)
      parsed.push(competence)
      lines.push(line)
    }
    const existing = parsed.length
      ? await payload.find({
          collection: 'unit-competences',
          where: { key: { in: parsed.map((c) => c.key) } },
          limit: parsed.length,
          pagination: false,
          depth: 0,
        })
      : { docs: [] }
    const byKey = new Map(existing.docs.map((doc) => [doc.key, doc]))
    parsed.forEach((competence, i) => {
      const doc = byKey.get(competence.key)
      const data = { ...competence, status: 'active' as const }
      if (!doc) {
        queue.add(lines[i], 'created', (req) => payload.create({ collection: 'unit-competences', data, depth: 0, select, req }))
      } else if (doc.status !== 'active' || fields.some((field) => (doc[field] ?? null) !== competence[field])) {
        queue.add(lines[i], 'updated', (req) => payload.update({ collection: 'unit-competences', id: doc.id, data, depth: 0, select, req }))
      } else {
        summary.unchanged++
      }
    })
    await queue.run()
  }
  const usable = seen.size > 0
  summary.closureSkipped = usable && !options.partial ? closureRefusal(summary) : undefined
  if (usable && !options.partial && !summary.closureSkipped) {
    for await (const docs of pagesOf(payload, 'unit-competences', { status: { not_equals: 'closed' } })) {
      for (const doc of docs) {
        if (seen.has(doc.key)) continue
        queue.add(0, 'closed', (req) =>
          payload.update({ collection: 'unit-competences', id: doc.id, data: { status: 'closed' }, depth: 0, select, req }),
        )
      }
    }
    // Written once every page is read: a competence closed on one page would shift the next.
    await queue.run()
  }
  return usable
}
