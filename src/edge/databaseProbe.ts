import type { Payload } from 'payload'

/** How long one answer of the probe stands: a failing burst of requests asks the database once. */
const standsMs = 1000

/**
 * Whether the database answers now, asked at most once a second: what tells a request that
 * failed because the database is away (503, try again) from one that failed for its own reason (500).
 */
export function createDatabaseProbe(payload: Payload, timeoutMs = 3000): () => Promise<boolean> {
  let askedAt = 0
  let up = true
  let asking: Promise<boolean> | undefined
  const ask = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined
    try {
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)))
      await Promise.race([payload.count({ collection: 'users', overrideAccess: true }), timeout])
      return true
    } catch {
      return false
    } finally {
      clearTimeout(timer)
    }
  }
  return () => {
    if (Date.now() - askedAt < standsMs) return Promise.resolve(up)
    asking ??= ask().then((answer) => {
      up = answer
      askedAt = Date.now()
      asking = undefined
      return answer
    })
    return asking
  }
}
