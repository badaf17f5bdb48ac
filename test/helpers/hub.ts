import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import supertest from 'supertest'

import { createHubEdge } from '../../src/edge/hubEdge'
import type { Settings } from '../../src/lib/settings'
import { listenInRange } from './browser'
import { createTestDatabase, type TestDatabase } from './database'

export type Hub = {
  payload: Payload
  config: SanitizedConfig
  api: ReturnType<typeof supertest>
  database: TestDatabase
  mediaDir: string
  /** The hub's origin over real HTTP (also its SERVER_URL), for clients other than supertest. */
  url: string
  /** The edge serving it: its memory of public answers, its settings. */
  edge: ReturnType<typeof createHubEdge>
  /** Logs in through REST and returns the JWT. */
  login: (email: string, password: string) => Promise<string>
  graphql: (query: string, variables?: Record<string, unknown>, token?: string) => supertest.Test
  /**
   * Runs requests against the same hub as `npm start` serves it (NODE_ENV=production): its
   * settings say production for a moment, and a second edge is built from them.
   */
  inProduction: <T>(run: (api: ReturnType<typeof supertest>) => Promise<T>) => Promise<T>
  close: () => Promise<void>
}

export type StartHubOptions = {
  pushSchema?: boolean
  /** Listen on a port Chromium agrees to open (3300–3399) rather than any free one. */
  browserPort?: boolean
  /** The public origin the hub is configured with (SERVER_URL), when not its own address. */
  serverUrl?: string
}

/**
 * A hub on a fresh database, served over HTTP by the same edge `npm start` runs (its routing
 * table, caller identification, cache and headers), without Next: the admin's pages are left
 * out, everything else is the production path. One per test file. X-Forwarded-For is believed
 * from loopback so that tests can play readers at several addresses.
 */
export async function startHub({ pushSchema = true, browserPort = false, serverUrl }: StartHubOptions = {}): Promise<Hub> {
  const database = await createTestDatabase()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-media-'))
  const server = http.createServer()
  const port = browserPort
    ? await listenInRange(server)
    : await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
  const url = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    DATABASE_PUSH_SCHEMA: String(pushSchema),
    MEDIA_DIR: mediaDir,
    JOBS_AUTORUN: 'false',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'relais-test-secret-0123456789',
    SERVER_URL: serverUrl ?? url,
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? 'loopback',
  })
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  const edge = createHubEdge(payload)
  server.on('request', (req, res) => void edge.handle(req, res))
  const api = supertest(server)

  return {
    payload,
    config,
    api,
    database,
    mediaDir,
    url,
    edge,
    login: async (email, password) => {
      const response = await api.post('/api/users/login').send({ email, password })
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`)
      return response.body.token as string
    },
    graphql: (query, variables, token) => {
      const request = api.post('/api/graphql').send({ query, variables })
      return token ? request.set('Authorization', `JWT ${token}`) : request
    },
    inProduction: async (run) => {
      const custom = payload.config.custom as { settings: Settings }
      const settings = custom.settings
      // Next's types make NODE_ENV read-only; Payload reads it at request time (introspection).
      const env = process.env as Record<string, string | undefined>
      const nodeEnv = env.NODE_ENV
      env.NODE_ENV = 'production'
      custom.settings = { ...settings, production: true }
      const production = createHubEdge(payload)
      try {
        return await run(supertest((req: http.IncomingMessage, res: http.ServerResponse) => void production.handle(req, res)))
      } finally {
        await production.close()
        custom.settings = settings
        env.NODE_ENV = nodeEnv
      }
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await edge.close()
      if (database.kind === 'mongodb')
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      const db = payload.db as unknown as { client?: { close: () => void } }
      await payload.destroy()
      if (database.kind === 'sqlite') db.client?.close()
      await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
