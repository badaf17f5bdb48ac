/**
 * npm run import:units -- FILE [--dry-run] [--partial]
 * Loads an official units file (police export-pn.csv, gendarmerie export-gn2.csv or the file
 * with horaires_accueil) or the "compétence territoriale" file. Exit code 1 only when the file
 * itself is unusable (missing, unreadable, unknown header, no usable row); 2 on a usage error.
 */
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'

import { loadDotEnv } from './dotenv'
import { exitOnLoadingStall } from './loadingStall'
import { checkStartupOrExit } from './startupChecks'

exitOnLoadingStall('import:units')

loadDotEnv()

const usage = 'usage: npm run import:units -- FILE [--dry-run] [--partial]'
function readArgs() {
  try {
    return parseArgs({
      options: { 'dry-run': { type: 'boolean' }, partial: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
    })
  } catch (error) {
    console.error(`import:units: ${(error as Error).message}\n${usage}`)
    process.exit(2)
  }
}
const parsed = readArgs()
if (parsed.values.help) {
  console.log(usage)
  process.exit(0)
}
if (parsed.positionals.length !== 1) {
  console.error(`import:units: expected one FILE\n${usage}`)
  process.exit(2)
}
const [file] = parsed.positionals

// An unusable file is told at once, before connecting to the database.
const { inspectFile } = await import('../import/importOfficialFile')
const inspected = inspectFile(file)
if ('error' in inspected) {
  console.error(`import:units: ${inspected.error}`)
  process.exit(1)
}

const env = await checkStartupOrExit()
const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { importOfficialFile } = await import('../import/importOfficialFile')
type ImportProgress = import('../import/importOfficialFile').ImportProgress
const { formatSummary } = await import('../import/formatSummary')
const { applyMigrations } = await import('../lib/migrate')
const { withStartupLock } = await import('../lib/startupLock')
const { parseDatabaseUrl } = await import('../lib/databaseUrl')

// A bar redrawn in place on a terminal; in a log (CI, cron) a line every tenth of the file. The
// file is read as it is written, so the bar follows the file read, with the rows checked and written.
function progressReporter(): { update: (progress: ImportProgress) => void; stop: () => void } {
  const percent = ({ done, size }: ImportProgress) => (size ? Math.floor((done / size) * 100) : 100)
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'import:units [{bar}] {percentage}% of the file | {rows} rows checked, {written} written' },
      cliProgress.Presets.shades_classic,
    )
    let started = false
    return {
      update: (progress) => {
        if (!started) bar.start(100, 0, { rows: 0, written: 0 })
        started = true
        bar.update(percent(progress), { rows: progress.rows, written: progress.written })
      },
      stop: () => started && bar.stop(),
    }
  }
  let lastTenth = -1
  return {
    update: (progress) => {
      const tenth = Math.floor(percent(progress) / 10)
      if (tenth !== lastTenth)
        console.error(`import:units: ${percent(progress)}% of the file read, ${progress.rows} rows checked, ${progress.written} written`)
      lastTenth = tenth
    },
    stop: () => undefined,
  }
}

// Migrations run in one process at a time, beside starting hubs too.
const payload = await withStartupLock(parseDatabaseUrl(env.DATABASE_URL), async () => {
  const started = await getPayload({ config })
  await applyMigrations(started)
  return started
})
let exitCode = 0
try {
  const progress = progressReporter()
  const outcome = await importOfficialFile(payload, file, {
    dryRun: parsed.values['dry-run'],
    partial: parsed.values.partial,
    onProgress: progress.update,
  })
  progress.stop()
  if ('error' in outcome) {
    console.error(`import:units: ${outcome.error}`)
    exitCode = 1
  } else {
    console.log(formatSummary(outcome.summary))
    if (outcome.unusable) {
      console.error(`import:units: ${outcome.unusable}`)
      exitCode = 1
    }
  }
} finally {
  await payload.destroy()
  // The running hubs (Redis) and the cache in front (Varnish) hear of the changed units before the command ends.
  await (await import('../edge/purgeBus')).purgeBusOf(payload).close()
}
process.exit(exitCode)
