import type { DestinationStream, LoggerOptions, LogFn, Logger } from 'pino'
import { build as prettyStream } from 'pino-pretty'

type LoggedError = { name?: string; message?: string; status?: unknown; path?: unknown; originalError?: LoggedError }

/** The HTTP status of a caller's mistake (4xx), read through a GraphQLError to the error it wraps. */
function clientStatus(error: LoggedError): number | undefined {
  const status = error.originalError?.status ?? error.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * A caller's mistake (a bad GraphQL argument, a draft asked for, a refused write) is an ordinary
 * event for the hub: one line at info, without a stack. Server errors keep their stack.
 * Payload's `loggingLevels` cannot say this for GraphQL: every GraphQL error reaches the logger
 * named `GraphQLError`, whatever it wraps, so the rule goes on the status instead.
 */
function logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
  const [first] = args as unknown[]
  const error = level >= 50 && first && typeof first === 'object' && 'err' in first ? ((first as { err: LoggedError }).err ?? undefined) : undefined
  const status = error && typeof error === 'object' ? clientStatus(error) : undefined
  if (error && status) {
    const name = error.originalError?.name ?? error.name ?? 'Error'
    const where = Array.isArray(error.path) ? ` (GraphQL ${error.path.join('.')})` : ''
    this.info(`${status} ${name}: ${String(error.message ?? '').replace(/\s+/g, ' ')}${where}`)
    return
  }
  method.apply(this, args)
}

/**
 * Payload's logger (pino, pretty-printed as Payload prints it) with the rule above, written
 * synchronously: Payload's default stream is asynchronous, so its lines (migrations…) came out
 * after the commands' own lines that followed them.
 */
// Colours only on a terminal: a log file or journald gets plain text, not escape codes.
const pretty = () => prettyStream({ colorize: Boolean(process.stdout.isTTY), ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', sync: true })

export const hubLogger = (destination: DestinationStream = pretty()): { options: LoggerOptions; destination: DestinationStream } => ({
  options: { hooks: { logMethod } },
  destination,
})

const twoDigits = (value: number) => String(value).padStart(2, '0')

/**
 * Where the server writes its line per request (requestLog.ts), in the shape of the hub's other
 * log lines. Through pino-pretty, written synchronously one line at a time, the line cost more
 * than the answer: the edge's answers from memory went from 20,000 to 6,000 a second. Lines are
 * gathered and written once per turn of the event loop; what is gathered when the process exits
 * is written then.
 */
export function requestLines(out: NodeJS.WriteStream = process.stdout): { info: (line: string) => void } {
  const level = out.isTTY ? '\u001b[32mINFO\u001b[39m' : 'INFO'
  let pending = ''
  let second = -1
  let stamp = ''
  const flush = () => {
    if (!pending) return
    const text = pending
    pending = ''
    out.write(text)
  }
  process.once('exit', flush)
  return {
    info: (line) => {
      const now = Date.now()
      if (Math.floor(now / 1000) !== second) {
        second = Math.floor(now / 1000)
        const at = new Date(now)
        stamp = `[${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}:${twoDigits(at.getSeconds())}]`
      }
      if (!pending) setImmediate(flush)
      pending += `${stamp} ${level} (payload): ${line}\n`
    },
  }
}
