import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Hub, startHub } from './helpers/hub'

let hub: Hub
beforeAll(async () => {
  hub = await startHub()
})
afterAll(async () => {
  await hub?.close()
})

describe('scheduled publishing', () => {
  it('is wired to the default queue that the hub runs every minute', () => {
    const autoRun = hub.config.jobs.autoRun
    expect(Array.isArray(autoRun) && autoRun).toEqual(expect.arrayContaining([expect.objectContaining({ cron: '* * * * *', queue: 'default' })]))
    expect(hub.config.jobs.tasks?.map((t) => t.slug)).toContain('schedulePublish')
  })

  it('publishes a draft when its time comes, and not before', async () => {
    const draft = await hub.payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Programmée', summary: 'x', category: 'event', scope: { level: 'national' }, publishedAt: new Date().toISOString(), _status: 'draft' },
    })
    const soon = new Date(Date.now() + 1500)
    await hub.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: soon,
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id }, locale: undefined },
    })
    await hub.payload.jobs.run({ queue: 'default' })
    expect((await hub.api.get(`/api/news/${draft.id}`)).status).toBe(404)

    await new Promise((resolve) => setTimeout(resolve, soon.getTime() - Date.now() + 100))
    await hub.payload.jobs.run({ queue: 'default' })
    const response = await hub.api.get(`/api/news/${draft.id}`)
    expect(response.status).toBe(200)
    expect(response.body._status).toBe('published')
  })
})
