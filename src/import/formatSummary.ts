import type { ImportSummary } from './importOfficialFile'

const show = (value: unknown) => (value === null || value === undefined ? '(empty)' : JSON.stringify(value))

/** The report an operator reads after an import: counts, then every rejected row, conflict and warning. */
export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing written) of' : 'Imported'} ${summary.file} (${summary.format}, ${summary.rows} rows):`,
    `  created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, closed ${summary.closed}, rejected ${summary.rejected.length}`,
  ]
  if (summary.closureSkipped) lines.push(`  ${summary.closureSkipped}`)
  if (!summary.dryRun && !summary.closureSkipped && summary.created + summary.updated + summary.closed === 0)
    lines.push('  nothing changed: the database already matches this file')
  if (summary.rejected.length) {
    lines.push('Rejected rows:')
    for (const { line, reason } of summary.rejected) lines.push(`  line ${line}: ${reason}`)
  }
  if (summary.conflicts.length) {
    lines.push("Conflicts (an editor's value was kept; the file offers another):")
    for (const c of summary.conflicts)
      lines.push(`  line ${c.line}: unit ${c.publicId}: ${c.field}: kept ${show(c.kept)}, file has ${show(c.offered)}`)
  }
  if (summary.warnings.length) {
    lines.push('Warnings:')
    for (const { line, reason } of summary.warnings) lines.push(`  line ${line}: ${reason}`)
  }
  return lines.join('\n')
}
