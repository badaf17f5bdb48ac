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
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.body).toMatchObject({ status: 'ready', database: { status: 'up', adapter: hub.payload.db.name } })
  })

  it('readiness is 503 naming the database when it cannot be reached', async () => {
    const response = await readinessResponse(async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:1')
    }, undefined)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('5')
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(await response.json()).toMatchObject({
      status: 503,
      state: 'unavailable',
      detail: expect.stringMatching(/^database: .*ECONNREFUSED/),
      database: { status: 'down', reason: expect.stringContaining('ECONNREFUSED') },
    })
  })

  it('readiness is 503 when the database does not answer in time', async () => {
    const response = await readinessResponse(() => new Promise(() => {}), undefined, 50)
    expect(response.status).toBe(503)
    expect((await response.json()).database.reason).toMatch(/did not answer within 50 ms/)
  })

  it('readiness reports Redis down, and stays ready: every instance shares it and works without it', async () => {
    const response = await readinessResponse(async () => hub.payload, 'redis://127.0.0.1:1', 500)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ready', database: { status: 'up' }, redis: { status: 'down' } })
  })
})
