import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { Redis } from 'ioredis'
import pg from 'pg'

import type { DatabaseTarget } from './databaseUrl'
import type { Env } from './env'
import { StartupError } from './startupError'

const timeoutMs = 5000

type SystemError = { code?: string; message?: string }

/** Why a connection failed, in a few words (the system's codes are for machines). */
function reason(error: SystemError): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection refused'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host'
    case 'ETIMEDOUT':
      return `no answer within ${timeoutMs / 1000} s`
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'read-only file system'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of the path is a file'
    case '28P01':
      return 'password refused'
    default:
      return (error.message ?? String(error)).split('\n')[0].replace(/\.$/, '')
  }
}

async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  const where = client.host?.startsWith('/') ? client.host : `${client.host}:${client.port}`
  try {
    await client.connect()
  } catch (error) {
    // Payload creates a database that does not exist yet: the server answering is enough.
    if ((error as SystemError).code === '3D000') return
    const why = /timeout/i.test((error as Error).message) ? `no answer within ${timeoutMs / 1000} s` : reason(error as SystemError)
    // A five-character SQLSTATE: the server answered, and refused this user or password.
    if (/^[0-9A-Z]{5}$/.test((error as SystemError).code ?? '')) {
      throw new StartupError(`DATABASE_URL: PostgreSQL at ${where} refused the connection (${why}). Correct the user or password in DATABASE_URL`)
    }
    throw new StartupError(
      `DATABASE_URL: cannot connect to PostgreSQL at ${where} (${why}). Start PostgreSQL there, or correct DATABASE_URL (unset, the hub uses the SQLite file data/relais.db)`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** MongoDB's driver is Payload's, not the hub's: a TCP connection to the first host tells the usual mistakes. */
async function checkMongo(url: string): Promise<void> {
  if (url.startsWith('mongodb+srv:')) return
  const host = /^mongodb:\/\/(?:[^@/]*@)?([^,/?]+)/.exec(url)?.[1] ?? ''
  const [name, port = '27017'] = host.startsWith('[') ? [host.slice(1, host.indexOf(']')), host.split(']:')[1]] : host.split(':')
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host: name, port: Number(port), timeout: timeoutMs })
    socket.once('connect', () => (socket.destroy(), resolve()))
    socket.once('timeout', () => (socket.destroy(), reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }))))
    socket.once('error', reject)
  }).catch((error: SystemError) => {
    throw new StartupError(
      `DATABASE_URL: cannot connect to MongoDB at ${name}:${port} (${reason(error)}). Start MongoDB there, or correct DATABASE_URL`,
    )
  })
}

function checkSqlite(file: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.accessSync(fs.existsSync(file) ? file : path.dirname(file), fs.constants.R_OK | fs.constants.W_OK)
  } catch (error) {
    throw new StartupError(
      `DATABASE_URL: cannot write the SQLite file ${file} (${reason(error as SystemError)}). Choose a writable place, such as file:./data/relais.db`,
    )
  }
}

/** The database DATABASE_URL names answers, before Payload tries (and logs its stack trace). */
async function checkDatabase(target: DatabaseTarget): Promise<void> {
  if (target.kind === 'sqlite') return checkSqlite(target.file)
  if (target.kind === 'postgres') return checkPostgres(target.url)
  return checkMongo(target.url)
}

/**
 * Redis answers a PING, when REDIS_URL is set. An instance that cannot reach it still starts:
 * Redis is a shared convenience (counters, persisted queries, wake-ups), retried in the background,
 * and refusing would turn a Redis outage into a hub outage at the next restart. The operator is
 * told, in one line, what runs without it.
 */
export async function checkRedis(url: string | undefined): Promise<string | undefined> {
  if (!url) return undefined
  let first: SystemError | undefined
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  })
  redis.on('error', (error: SystemError) => (first ??= error))
  try {
    await redis.connect()
    await redis.ping()
    return undefined
  } catch (error) {
    const { hostname, port } = new URL(url)
    return (
      `REDIS_URL: cannot connect to Redis at ${hostname}:${port || 6379} (${reason(first ?? (error as SystemError))}); ` +
      'starting without it: rate limits and persisted queries stay in this instance until Redis answers (retried in the background). ' +
      'Start Redis there, or unset REDIS_URL for a single instance'
    )
  } finally {
    redis.disconnect()
  }
}

/** What the hub needs from outside before it starts: its database (or it refuses), and Redis when set (or it warns). */
export async function checkServices(env: Env, target: DatabaseTarget): Promise<{ warnings: string[] }> {
  const [, redis] = await Promise.all([checkDatabase(target), checkRedis(env.REDIS_URL)])
  return { warnings: redis ? [redis] : [] }
}
