import { commitTransaction, createLocalReq, getLocalI18n, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { fieldErrorMessage } from '../lib/fieldMessage'
import type { ImportOptions, ImportSummary } from './importOfficialFile'

/**
 * The rejected row's reason: the field paths and messages of a validation error (a unique
 * public id clash reads `publicId: …`), or the database's own complaint without the SQL
 * statement and its parameters that the adapter wraps around it.
 */
export function writeError(error: unknown): string {
  const errors = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data?.errors
  if (errors?.length) return fieldErrorMessage(errors)
  const cause = (error as { cause?: unknown }).cause
  if (cause instanceof Error) return cause.message
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}

type Outcome = 'created' | 'updated' | 'closed'
type Write = { line: number; outcome: Outcome; run: (req?: PayloadRequest) => Promise<unknown> }

/** SQLite's answer when another process (a running hub) holds the write lock. */
export function isDatabaseBusy(error: unknown): boolean {
  let cause = error
  // The driver's error is wrapped by drizzle and by Payload: a few levels at most.
  for (let depth = 0; cause && depth < 5; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown }
    if (
      code === 'SQLITE_BUSY' ||
      code === 'SQLITE_LOCKED' ||
      (typeof message === 'string' && /database (table )?is locked|SQLITE_BUSY/.test(message))
    )
      return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

/*
 * Beside a running hub, SQLite lets one process write at a time. The adapter already waits for
 * the lock (busy_timeout, src/lib/databaseAdapter.ts); past that, a write is tried again after
 * a growing pause rather than its row being rejected: the import waits for the hub, for up to
 * two minutes per write, and only a lock held longer than that rejects the row.
 */
const busyPausesMs = [50, 100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000, 10_000, 10_000, 15_000, 30_000, 30_000]

async function waitingForTheLock<T>(run: () => Promise<T>): Promise<T> {
  for (const pause of busyPausesMs) {
    try {
      return await run()
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, pause))
    }
  }
  return run()
}

/*
 * A write per transaction costs a sync to disk each time, which made a national file take
 * minutes; writes go in batches sharing one transaction. A failing write rolls its batch back,
 * and the batch is then written again one by one so only the bad row is rejected. An adapter
 * without transactions (Payload's SQLite adapter by default) keeps what a batch wrote before
 * the failure: writing those rows again reported them rejected ("value must be unique") though
 * they were stored. There, each write stands alone and is done once.
 */
const batchSize = 250

/** The writes an import planned, counted when planned (a dry run stops there) and done in batches. */
export class WriteQueue {
  private writes: Write[] = []
  private written = 0

  constructor(
    private payload: Payload,
    private summary: ImportSummary,
    private options: ImportOptions,
    private read: () => { done: number; size: number },
  ) {}

  private report(): void {
    this.options.onProgress?.({ ...this.read(), rows: this.summary.rows, written: this.written })
  }

  add(line: number, outcome: Outcome, run: Write['run']): void {
    this.summary[outcome]++
    this.writes.push({ line, outcome, run })
  }

  private failed(write: Write, error: unknown): void {
    this.summary[write.outcome]--
    this.summary.rejected.push({ line: write.line, reason: writeError(error) })
  }

  /** A request of its own for each transaction; in English, like the rest of the import report. */
  private async request(): Promise<PayloadRequest> {
    return createLocalReq({ req: { i18n: await getLocalI18n({ config: this.payload.config, language: 'en' }) } }, this.payload)
  }

  private async runAlone(batch: Write[]): Promise<void> {
    for (const write of batch) {
      try {
        await waitingForTheLock(async () => write.run(await this.request()))
      } catch (error) {
        this.failed(write, error)
      }
    }
  }

  /** Runs the writes planned so far (a dry run only counts them); the queue can then take more. */
  async run(): Promise<void> {
    const writes = this.writes
    this.writes = []
    this.report()
    if (this.options.dryRun) return
    for (let start = 0; start < writes.length; start += batchSize) {
      const batch = writes.slice(start, start + batchSize)
      const req = await this.request()
      if (!(await initTransaction(req))) {
        await this.runAlone(batch)
      } else {
        try {
          for (const write of batch) await write.run(req)
          await commitTransaction(req)
        } catch {
          await killTransaction(req)
          await this.runAlone(batch)
        }
      }
      this.written += batch.length
      this.report()
    }
  }
}
