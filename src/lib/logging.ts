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
