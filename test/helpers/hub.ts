import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { REST_DELETE, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import supertest from 'supertest'

import { guardApi } from '../../src/lib/apiGuard'
import { healthResponse, readinessResponse } from '../../src/lib/health'
import { publicApi } from '../../src/lib/publicApi'
import { createTestDatabase, type TestDatabase } from './database'
import { createServer, type Route } from './http'

export type Hub = {
  payload: Payload
  config: SanitizedConfig
  api: ReturnType<typeof supertest>
  database: TestDatabase
  mediaDir: string
  /** The hub's origin over real HTTP, e.g. http://127.0.0.1:40123, for clients other than supertest. */
  url: string
  /** Logs in through REST and returns the JWT. */
  login: (email: string, password: string) => Promise<string>
  graphql: (query: string, variables?: Record<string, unknown>, token?: string) => supertest.Test
  close: () => Promise<void>
}

type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** The same handlers as the route files in src/app/(payload)/api. */
export function hubRoutes(config: SanitizedConfig, payload: Payload): Route[] {
  const api = publicApi(config)
  const restHandlers: Record<string, RestHandler> = {
    GET: api.restGet,
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
    OPTIONS: api.restOptions,
  }
  const guard = guardApi(config)
  const routes: Route[] = [
    { method: 'GET', path: /^\/healthz$/, handle: () => healthResponse() },
    { method: 'GET', path: /^\/readyz$/, handle: () => readinessResponse(async () => payload) },
    { method: 'GET', path: /^\/api\/graphql$/, handle: (request) => api.graphqlGet(request, undefined) },
    { method: 'POST', path: /^\/api\/graphql$/, handle: (request) => api.graphqlPost(request, undefined) },
    { method: 'OPTIONS', path: /^\/api\/graphql$/, handle: (request) => api.graphqlOptions(request) },
    ...Object.entries(restHandlers).map(([method, handler]) => ({
      method,
      path: /^\/api\/(?<slug>.+)$/,
      handle: (request: Request, params: Record<string, string>) =>
        handler(request, { params: Promise.resolve({ slug: params.slug.split('/').map(decodeURIComponent) }) }),
    })),
  ]
  return routes.map((route) => ({ ...route, handle: guard(route.handle) }))
}

/** A hub on a fresh database, served over HTTP to supertest. One per test file. */
export async function startHub({ pushSchema = true }: { pushSchema?: boolean } = {}): Promise<Hub> {
  const database = await createTestDatabase()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-media-'))
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    DATABASE_PUSH_SCHEMA: String(pushSchema),
    MEDIA_DIR: mediaDir,
    JOBS_AUTORUN: 'false',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'relais-test-secret-0123456789',
  })
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  const server = createServer(hubRoutes(config, payload))
  // One port for the whole file: absolute URLs and ETags built from the request's origin stay stable.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const api = supertest(server)

  return {
    payload,
    config,
    api,
    database,
    mediaDir,
    url,
    login: async (email, password) => {
      const response = await api.post('/api/users/login').send({ email, password })
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`)
      return response.body.token as string
    },
    graphql: (query, variables, token) => {
      const request = api.post('/api/graphql').send({ query, variables })
      return token ? request.set('Authorization', `JWT ${token}`) : request
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      if (database.kind === 'mongodb') await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      const db = payload.db as unknown as { client?: { close: () => void } }
      await payload.destroy()
      if (database.kind === 'sqlite') db.client?.close()
      await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
