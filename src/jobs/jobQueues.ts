import type { Config, SanitizedConfig } from 'payload'

/** A queue of Payload's job system that the hub's runner works through, and how many of its jobs one instance runs at once. */
export type JobQueue = { name: string; concurrency: number }

/**
 * Payload's own `jobs.autoRun` is not used: Payload starts its crons in every process on the
 * first request, queues scheduled tasks before it reads `shouldAutoRun`, and claims jobs without
 * a lease. The queues to run are declared here instead, in the config's `custom`, by whoever
 * queues jobs (the config for `default`, a plugin for its own), and src/jobs runs them.
 */
export function withJobQueue(config: Config, queue: JobQueue): Config {
  const custom = config.custom ?? {}
  const queues = ((custom.jobQueues as JobQueue[] | undefined) ?? []).filter((q) => q.name !== queue.name)
  return { ...config, custom: { ...custom, jobQueues: [...queues, queue] } }
}

export function jobQueues(config: SanitizedConfig | Config): JobQueue[] {
  return (config.custom?.jobQueues as JobQueue[] | undefined) ?? []
}
