import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed/index'
import { applyMigrations } from '../src/lib/migrate'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
beforeAll(async () => {
  // As in production: no schema push, only the committed migrations.
  hub = await startHub({ pushSchema: false })
})
afterAll(async () => {
  await hub?.close()
})

describe('committed migrations', () => {
  it('build the schema the collections need', async () => {
    await applyMigrations(hub.payload)
    const report = await seed(hub.payload, { demo: true, demoPassword: 'demo-password' })
    expect(report.services.created).toBeGreaterThanOrEqual(14)
    const response = await hub.api.get('/api/news?limit=50')
    expect(response.status).toBe(200)
    expect(response.body.docs.length).toBeGreaterThan(0)
    const sheet = await hub.graphql(`{ Sheets(limit: 1, locale: en) { docs { title relatedServices { name } } } }`)
    expect(sheet.body.errors).toBeUndefined()
    expect(sheet.body.data.Sheets.docs[0].relatedServices.length).toBeGreaterThan(0)
  })

  it('run once: a second start applies nothing', async () => {
    const before = await hub.payload.find({ collection: 'payload-migrations', limit: 100 })
    await applyMigrations(hub.payload)
    const after = await hub.payload.find({ collection: 'payload-migrations', limit: 100 })
    expect(after.docs.map((m) => m.name)).toEqual(before.docs.map((m) => m.name))
    if (hub.database.kind !== 'mongodb') expect(after.docs.length).toBeGreaterThan(0)
  })
})
