import type { Payload } from 'payload'

const noStore = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json' }

/** The process is up and answering. */
export function healthResponse(): Response {
  return new Response(JSON.stringify({ status: 'ok' }), { status: 200, headers: noStore })
}

/**
 * The hub can serve: Payload initialised and the database answered a query within `timeoutMs`.
 * A count works the same on every adapter, which a raw `SELECT 1` would not.
 */
export async function readinessResponse(getPayload: () => Promise<Payload>, timeoutMs = 3000): Promise<Response> {
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs)
    })
    const check = (async () => {
      const payload = await getPayload()
      await payload.count({ collection: 'users', overrideAccess: true })
      return payload.db.name
    })()
    const adapter = await Promise.race([check, timeout])
    return new Response(JSON.stringify({ status: 'ready', database: adapter, latencyMs: Date.now() - started }), {
      status: 200,
      headers: noStore,
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return new Response(JSON.stringify({ status: 'unavailable', reason }), { status: 503, headers: noStore })
  } finally {
    clearTimeout(timer)
  }
}
