import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { ImportOptions, ImportSummary } from './importOfficialFile'

/** Payload's validation messages name the field; they become the rejected row's reason. */
export function writeError(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data
  const messages = data?.errors?.map((e) => e.message ?? e.path).filter(Boolean)
  return messages?.length ? messages.join('; ') : error instanceof Error ? error.message : String(error)
}

type Outcome = 'created' | 'updated' | 'closed'
type Write = { line: number; outcome: Outcome; run: (req?: PayloadRequest) => Promise<unknown> }

/*
 * A write per transaction costs SQLite a sync to disk each time, which made a national file
 * take minutes; writes go in batches sharing one transaction. A failing write rolls its batch
 * back, and the batch is then written again one by one so only the bad row is rejected.
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

  async run(): Promise<void> {
    const total = this.done + (this.options.dryRun ? 0 : this.writes.length)
    this.options.onProgress?.(this.done, total)
    if (this.options.dryRun) return
    for (let start = 0; start < this.writes.length; start += batchSize) {
      const batch = this.writes.slice(start, start + batchSize)
      const req = await createLocalReq({}, this.payload)
      await initTransaction(req)
      try {
        for (const write of batch) await write.run(req)
        await commitTransaction(req)
      } catch {
        await killTransaction(req)
        for (const write of batch) {
          try {
            await write.run()
          } catch (error) {
            this.failed(write, error)
          }
        }
      }
      this.done += batch.length
      this.options.onProgress?.(this.done, total)
    }
  }
}
