import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Sheet } from '../payload-types'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let sheet: Sheet

beforeAll(async () => {
  hub = await startHub()
  sheet = await hub.payload.create({
    collection: 'sheets',
    locale: 'fr',
    data: {
      slug: 'porter-plainte',
      title: 'Porter plainte',
      summary: 'Où et comment porter plainte.',
      themes: ['complaint'],
      lastSignificantUpdate: '2026-01-15T00:00:00.000Z',
      _status: 'published',
    },
  })
  await hub.payload.update({ collection: 'sheets', id: sheet.id, locale: 'en', data: { title: 'Filing a complaint' } })
})
afterAll(async () => {
  await hub?.close()
})

describe('localization', () => {
  it('serves English where it exists and falls back to French elsewhere, over REST', async () => {
    const en = await hub.api.get(`/api/sheets/${sheet.id}?locale=en`)
    expect(en.status).toBe(200)
    expect(en.body.title).toBe('Filing a complaint')
    expect(en.body.summary).toBe('Où et comment porter plainte.')
    const fr = await hub.api.get(`/api/sheets/${sheet.id}`)
    expect(fr.body.title).toBe('Porter plainte')
  })

  it('does the same over GraphQL', async () => {
    const response = await hub.graphql(`query ($id: Int!) { Sheet(id: $id, locale: en) { title summary } }`, { id: sheet.id })
    expect(response.body.data.Sheet).toEqual({ title: 'Filing a complaint', summary: 'Où et comment porter plainte.' })
  })

  it('can turn the fallback off for a partner that wants to know what is translated', async () => {
    const response = await hub.api.get(`/api/sheets/${sheet.id}?locale=en&fallback-locale=none`)
    expect(response.body.title).toBe('Filing a complaint')
    expect(response.body.summary ?? null).toBeNull()
  })
})
