import crypto from 'node:crypto'

import type { DatabaseAdapterObj } from 'payload'

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type TransactionOptions = Record<string, unknown> | undefined
type DrizzleAdapter = {
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, options?: TransactionOptions) => Promise<void> }
  initializing?: Promise<void>
  transactionOptions?: TransactionOptions
  sessions: Record<string, Session>
  beginTransaction: (options?: TransactionOptions) => Promise<null | number | string>
  commitTransaction: (id: Promise<number | string> | number | string) => Promise<void>
}

class RolledBack extends Error {}

/**
 * Payload's drizzle adapters (3.90) report a transaction committed when its COMMIT failed: the
 * outcome of drizzle's transaction is swallowed, and `commitTransaction` catches what is left. A
 * save whose COMMIT meets a PostgreSQL restart is then answered 201 and is not in the database.
 * These two methods are theirs, except that a failed COMMIT fails the operation, which Payload
 * then answers as an error: nothing the database did not keep is acknowledged.
 */
async function beginTransaction(this: DrizzleAdapter, options?: TransactionOptions): Promise<string> {
  await this.initializing
  let transaction: unknown
  let finish!: (commit: boolean) => void
  let started!: () => void
  let failed!: (error: unknown) => void
  const ready = new Promise<void>((resolve, reject) => {
    started = resolve
    failed = reject
  })
  const done = this.drizzle.transaction(async (tx) => {
    transaction = tx
    await new Promise<void>((resolve, reject) => {
      finish = (commit) => (commit ? resolve() : reject(new RolledBack()))
      started()
    })
  }, options ?? this.transactionOptions)
  const outcome = done.then(
    () => undefined,
    (error: unknown) => error,
  )
  // The connection failed before the transaction began.
  void outcome.then((error) => error && transaction === undefined && failed(error))
  await ready
  const id = crypto.randomUUID()
  this.sessions[id] = {
    db: transaction,
    resolve: async () => {
      finish(true)
      const error = await outcome
      if (error) throw error
    },
    reject: async () => {
      finish(false)
      await outcome
    },
  }
  return id
}

async function commitTransaction(this: DrizzleAdapter, incoming: Promise<number | string> | number | string): Promise<void> {
  const id = String(await incoming)
  const session = this.sessions[id]
  if (!session) return
  delete this.sessions[id]
  await session.resolve()
}

export function withDurableCommits(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const instance = init(args) as unknown as DrizzleAdapter
      instance.beginTransaction = beginTransaction
      instance.commitTransaction = commitTransaction
      return instance as unknown as ReturnType<typeof init>
    },
  }
}
