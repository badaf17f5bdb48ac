import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readinessResponse } from '../src/edge/health'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
beforeAll(async () => {
  hub = await startHub()
})
afterAll(async () => {
  await hub?.close()
})

describe('health endpoints', () => {
  it('GET /healthz answers 200 while the process is up', async () => {
    const response = await hub.api.get('/healthz')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok' })
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('GET /readyz answers 200 with the adapter when the database answers', async () => {
    const response = await hub.api.get('/readyz')
    expect(response.status).toBe(200)
    expect(response.body.status).toBe('ready')
    expect(response.body.database).toBe(hub.payload.db.name)
  })

  it('readiness is 503 with the reason when the database cannot be reached', async () => {
    const response = await readinessResponse(async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:1')
    })
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('ECONNREFUSED') })
  })

  it('readiness is 503 when the database does not answer in time', async () => {
    const response = await readinessResponse(() => new Promise(() => {}), 50)
    expect(response.status).toBe(503)
    expect((await response.json()).reason).toMatch(/did not answer within 50 ms/)
  })
})
