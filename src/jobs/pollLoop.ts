/**
 * Keeps up to `concurrency` jobs of one queue running: asks for as many as there is room for,
 * starts each, asks again at once while the queue keeps them coming, otherwise every `pollMs`,
 * or sooner when a job falls due before then (`untilNextDue`): a publication scheduled for 9:00
 * starts at 9:00, not up to a poll later. `stop` stops asking, waits for the running ones until
 * the deadline, and returns those still running then, for the caller to hand back.
 */
export type PollLoop<Id> = { stop: (deadline: number) => Promise<Id[]> }

type PollOptions<Job, Id> = {
  concurrency: number
  pollMs: number
  /** Up to `room` jobs to start now (none is fine). */
  fetch: (room: number, running: ReadonlySet<Id>) => Promise<Job[]>
  idOf: (job: Job) => Id
  run: (job: Job) => Promise<void>
  /** In how many ms the next job not yet due falls due, by the clock that decides it, if any. */
  untilNextDue?: () => Promise<number | undefined>
  onError: (error: unknown) => void
}

const minPauseMs = 5

export function pollLoop<Job, Id>({ concurrency, pollMs, fetch, idOf, run, untilNextDue, onError }: PollOptions<Job, Id>): PollLoop<Id> {
  const running = new Map<Id, Promise<void>>()
  let stopping = false
  let saturated = false
  let wake: (() => void) | undefined

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        wake = undefined
        resolve()
      }
      wake = done
    })

  const untilNextLook = async (): Promise<number> => {
    if (!untilNextDue || running.size >= concurrency) return pollMs
    try {
      const due = await untilNextDue()
      // A few ms at least: the look that follows must find the job due.
      return due === undefined ? pollMs : Math.min(pollMs, Math.max(minPauseMs, due))
    } catch (error) {
      onError(error)
      return pollMs
    }
  }

  const loop = (async () => {
    while (!stopping) {
      const room = concurrency - running.size
      let started = 0
      if (room > 0) {
        let jobs: Job[] = []
        try {
          jobs = await fetch(room, new Set(running.keys()))
        } catch (error) {
          onError(error)
        }
        for (const job of jobs.slice(0, room)) {
          const id = idOf(job)
          const task = run(job)
            .catch(onError)
            .finally(() => {
              running.delete(id)
              // A full queue waits for a free slot rather than the next poll.
              if (saturated) wake?.()
            })
          running.set(id, task)
        }
        started = Math.min(jobs.length, room)
      }
      saturated = running.size >= concurrency
      if (stopping || (started > 0 && started === room)) continue
      await pause(await untilNextLook())
    }
  })()

  return {
    stop: async (deadline) => {
      stopping = true
      wake?.()
      await loop
      const left = Math.max(0, deadline - Date.now())
      let timer: NodeJS.Timeout | undefined
      await Promise.race([Promise.allSettled(running.values()), new Promise((resolve) => (timer = setTimeout(resolve, left)))])
      clearTimeout(timer)
      return [...running.keys()]
    },
  }
}
