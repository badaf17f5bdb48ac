import { commitTransaction, createLocalReq, getLocalI18n, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { fieldErrorMessage } from '../../plugins/inputBounds/fieldErrorMessage'
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
  private done = 0

  constructor(
    private payload: Payload,
    private summary: ImportSummary,
    private options: ImportOptions,
  ) {}

  /** One more row checked, for the progress report. */
  checked(rows: number): void {
    this.options.onProgress?.(this.done++, rows)
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
        await write.run(await this.request())
      } catch (error) {
        this.failed(write, error)
      }
    }
  }

  /** Runs the writes planned so far (a dry run only counts them); the queue can then take more. */
  async run(): Promise<void> {
    const writes = this.writes
    this.writes = []
    const total = this.done + (this.options.dryRun ? 0 : writes.length)
    this.options.onProgress?.(this.done, total)
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
      this.done += batch.length
      this.options.onProgress?.(this.done, total)
    }
  }
}
