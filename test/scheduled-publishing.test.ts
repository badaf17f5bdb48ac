import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { jobQueues } from '../src/jobs/jobQueues'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let editor: string
beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  editor = await hub.login(people.editor.email, password)
})
afterAll(async () => {
  await hub?.close()
})

const auth = (token: string) => ({ Authorization: `JWT ${token}` })
const draftNews = (title: string) => ({ title, summary: 'x', category: 'event', scope: { level: 'national' }, _status: 'draft' }) as News

describe('scheduled publishing', () => {
  it('is wired to the default queue that every instance of the hub runs', () => {
    expect(jobQueues(hub.config).map((queue) => queue.name)).toContain('default')
    expect(hub.config.jobs.tasks?.map((t) => t.slug)).toContain('schedulePublish')
  })

  it('offers the time in Europe/Paris, and names the document in French in the drawer', () => {
    expect(hub.config.admin.timezones.defaultTimezone).toBe('Europe/Paris')
    expect(hub.config.admin.timezones.supportedTimezones.map((zone) => zone.value)).toContain('Europe/Paris')
    const fr = hub.config.i18n.translations?.fr as { general: { schedulePublishFor: string } }
    // Payload's French text says {{titre}}, which its English-named variable never fills.
    expect(fr.general.schedulePublishFor).toContain('{{title}}')
  })

  it('publishes a draft when its time comes, and not before, dated by its real publication', async () => {
    const draft = await hub.payload.create({ collection: 'news', draft: true, data: draftNews('Programmée') })
    expect(draft.publishedAt ?? null).toBeNull()
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
    expect(Date.parse(response.body.publishedAt)).toBeGreaterThanOrEqual(soon.getTime())
    expect(Date.parse(response.body.publishedAt)).toBeLessThanOrEqual(Date.now())
  })
})

describe('the publication date readers and editors see', () => {
  it('is empty on a draft, whatever a client sends, and set when the item is first published', async () => {
    const created = await hub.api
      .post('/api/news?draft=true')
      .set(auth(editor))
      .send({ ...draftNews('Brouillon daté'), publishedAt: '2020-01-01T00:00:00.000Z' })
    expect(created.status).toBe(201)
    expect(created.body.doc.publishedAt ?? null).toBeNull()

    const before = Date.now()
    const published = await hub.api.patch(`/api/news/${created.body.doc.id}`).set(auth(editor)).send({ _status: 'published' })
    expect(published.status).toBe(200)
    const publishedAt = Date.parse(published.body.doc.publishedAt)
    expect(publishedAt).toBeGreaterThanOrEqual(before - 1000)

    const edited = await hub.api
      .patch(`/api/news/${created.body.doc.id}`)
      .set(auth(editor))
      .send({ summary: 'Corrigé', publishedAt: '2030-01-01T00:00:00.000Z', _status: 'published' })
    expect(edited.status).toBe(200)
    expect(Date.parse(edited.body.doc.publishedAt)).toBe(publishedAt)

    // Readers' feed shows that same date.
    const feed = await hub.api.get('/feeds/news.json')
    const item = feed.body.items.find((entry: { title: string }) => entry.title === 'Brouillon daté')
    expect(Date.parse(item.date_published)).toBe(publishedAt)
  })

  it('can be given by a script on the Local API (an item first published elsewhere)', async () => {
    const imported = await hub.payload.create({
      collection: 'news',
      data: { ...draftNews('Importée'), _status: 'published', publishedAt: '2025-03-01T08:00:00.000Z' },
    })
    expect(imported.publishedAt).toBe('2025-03-01T08:00:00.000Z')
  })
})
