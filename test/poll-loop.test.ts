import { describe, expect, it } from 'vitest'

import { pollLoop } from '../src/jobs/pollLoop'

describe('a poll loop', () => {
  it('looks again when a waiting job falls due, not a poll later', async () => {
    const started = Date.now()
    const dueAt = started + 150
    let ranAt: number | undefined
    const loop = pollLoop<string, string>({
      concurrency: 1,
      pollMs: 3000,
      fetch: async () => (ranAt === undefined && Date.now() >= dueAt ? ['job'] : []),
      idOf: (job) => job,
      run: async () => {
        ranAt = Date.now()
      },
      untilNextDue: async () => (ranAt === undefined ? Math.max(0, dueAt - Date.now()) : undefined),
      onError: (error) => {
        throw error
      },
    })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await loop.stop(Date.now())
    expect(ranAt, 'the job ran').toBeDefined()
    // Well before the next poll (3 s): at its time, give or take a loaded machine's timers.
    expect(ranAt! - dueAt).toBeGreaterThanOrEqual(0)
    expect(ranAt! - started).toBeLessThan(1000)
  })

  it('polls at its pace when nothing waits, and when asking what waits fails', async () => {
    let looks = 0
    const errors: unknown[] = []
    const loop = pollLoop<string, string>({
      concurrency: 1,
      pollMs: 200,
      fetch: async () => {
        looks++
        return []
      },
      idOf: (job) => job,
      run: async () => undefined,
      untilNextDue: async () => {
        throw new Error('database away')
      },
      onError: (error) => errors.push(error),
    })
    await new Promise((resolve) => setTimeout(resolve, 700))
    await loop.stop(Date.now())
    expect(looks).toBeGreaterThanOrEqual(2)
    expect(looks).toBeLessThanOrEqual(5)
    expect(errors.length).toBeGreaterThan(0)
  })
})
