import type http from 'node:http'

type InfoLogger = { info: (message: string) => void }

/** A refusal's problem is a few hundred bytes; a larger body is not read for its reason. */
const maxRead = 65_536

/** The `detail` (or first error message) of a JSON problem: why a 4xx was refused. */
function refusalOf(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { detail?: unknown; errors?: { message?: unknown }[] }
    const reason = typeof parsed.detail === 'string' ? parsed.detail : parsed.errors?.find((e) => typeof e.message === 'string')?.message
    return typeof reason === 'string' ? reason.replace(/\s+/g, ' ').slice(0, 300) : undefined
  } catch {
    return undefined
  }
}

const refusals = new WeakMap<http.ServerResponse, string>()

/**
 * Notes why a request is refused, for its line: whoever answers (the edge) gives the answer it is
 * about to send, uncompressed. Read there rather than by wrapping every answer's writeHead, write
 * and end to catch the body on its way out (and decompress it), which every request paid for,
 * refused or not.
 */
export function noteRefusal(res: http.ServerResponse, status: number, contentType: string | null, body: Buffer): void {
  if (status < 400 || status >= 500 || !contentType?.includes('json') || body.byteLength > maxRead) return
  const reason = refusalOf(body)
  if (reason) refusals.set(res, reason)
}

/**
 * One line per request once it is answered, at info: method, path, status, duration, and for a
 * refusal (4xx) why, as noted by whoever answered (`GET /api/units/999 404 3 ms: Not Found`).
 * What an operator reads in the log to follow a request, where Payload's own line (« Pas trouvé »)
 * names neither the path nor the status.
 */
export function logRequest(req: http.IncomingMessage, res: http.ServerResponse, logger: InfoLogger): void {
  const started = process.hrtime.bigint()
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const path = (req.url ?? '/').slice(0, 300)
    const reason = res.statusCode >= 400 && res.statusCode < 500 ? refusals.get(res) : undefined
    logger.info(`${req.method} ${path} ${res.statusCode} ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms${reason ? `: ${reason}` : ''}`)
  })
}
