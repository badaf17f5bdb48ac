import type http from 'node:http'
import zlib from 'node:zlib'

type InfoLogger = { info: (message: string) => void }

const maxCaptured = 8192

const decoders: Record<string, (body: Buffer) => Buffer> = {
  identity: (body) => body,
  gzip: zlib.gunzipSync,
  br: zlib.brotliDecompressSync,
  deflate: zlib.inflateSync,
}

/** The `detail` (or first error message) of a JSON problem, as the edge sent it: why a 4xx was refused. */
function refusalOf(body: Buffer, encoding: string): string | undefined {
  try {
    const parsed = JSON.parse(decoders[encoding](body).toString('utf8')) as { detail?: unknown; errors?: { message?: unknown }[] }
    const reason = typeof parsed.detail === 'string' ? parsed.detail : parsed.errors?.find((e) => typeof e.message === 'string')?.message
    return typeof reason === 'string' ? reason.replace(/\s+/g, ' ').slice(0, 300) : undefined
  } catch {
    return undefined
  }
}

/**
 * One line per request once it is answered, at info: method, path, status, duration, and for a
 * refusal (4xx) why, read from the problem the hub answered (`GET /api/units/999 404 3 ms: Not Found`).
 * What an operator reads in the log to follow a request, where Payload's own line (« Pas trouvé »)
 * names neither the path nor the status.
 */
export function logRequest(req: http.IncomingMessage, res: http.ServerResponse, logger: InfoLogger): void {
  const started = process.hrtime.bigint()
  const chunks: Buffer[] = []
  let captured = 0
  const capture = (chunk: unknown) => {
    if (res.statusCode < 400 || res.statusCode >= 500 || captured >= maxCaptured || chunk == null || typeof chunk === 'function') return
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk)
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : null
    if (!buffer) return
    chunks.push(buffer.subarray(0, maxCaptured - captured))
    captured += buffer.length
  }
  // Headers given to writeHead are not readable through getHeader afterwards.
  const given: Record<string, string> = {}
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse
  res.writeHead = (...args: unknown[]) => {
    const headers = args.find((arg, i) => i > 0 && typeof arg === 'object' && arg !== null)
    if (headers && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers as Record<string, unknown>)) given[name.toLowerCase()] = String(value)
    return writeHead(...args)
  }
  const header = (name: string) => given[name] ?? String(res.getHeader(name) ?? '')
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse
  res.write = ((...args: unknown[]) => {
    capture(args[0])
    return write(...args)
  }) as typeof res.write
  res.end = ((...args: unknown[]) => {
    capture(args[0])
    return end(...args)
  }) as typeof res.end
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const path = (req.url ?? '/').slice(0, 300)
    let line = `${req.method} ${path} ${res.statusCode} ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
    if (res.statusCode >= 400 && res.statusCode < 500) {
      const type = header('content-type')
      const encoding = header('content-encoding') || 'identity'
      const reason = type.includes('json') && encoding in decoders ? refusalOf(Buffer.concat(chunks), encoding) : undefined
      if (reason) line += `: ${reason}`
    }
    logger.info(line)
  })
}
