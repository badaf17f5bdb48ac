import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News, Sheet, User } from '../payload-types'
import { editorDashboard } from '../src/lib/editorDashboard'
import { createPeople, password, people, type Person } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
const users = {} as Record<Person, User>
const tokens = {} as Record<Person, string>
const ids: Record<string, number> = {}

const day = 86_400_000
const auth = (person: Person) => ({ Authorization: `JWT ${tokens[person]}` })
const news = (title: string, departments?: string[]) =>
  ({ title, summary: 'x', category: 'event', scope: departments ? { level: 'departments', departments } : { level: 'national' } }) as News
const sheet = (title: string, extra: Partial<Sheet> = {}) =>
  ({ title, summary: 'x', themes: ['complaint'], lastSignificantUpdate: '2026-01-15', ...extra }) as Sheet
const tick = () => new Promise((resolve) => setTimeout(resolve, 15))

/** A draft saved through REST by a person, as the admin's form saves it. */
async function draftBy(person: Person, collection: 'news' | 'sheets', data: object): Promise<number> {
  const response = await hub.api
    .post(`/api/${collection}?draft=true`)
    .set(auth(person))
    .send({ ...data, _status: 'draft' })
  if (response.status !== 201) throw new Error(`${collection} draft by ${person}: ${response.status} ${JSON.stringify(response.body)}`)
  await tick()
  return response.body.doc.id
}

const schedule = (collection: 'news' | 'sheets', id: number, inMs: number, type: 'publish' | 'unpublish' = 'publish') =>
  // The admin's drawer stores the chosen time zone in the job's input, beside Payload's own keys.
  hub.payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + inMs),
    input: { type, doc: { relationTo: collection, value: String(id) }, timezone: 'Europe/Paris' },
  } as never)

const titles = (items: { title: string }[] | null) => items?.map((item) => item.title) ?? null

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  for (const person of Object.keys(people) as Person[]) {
    users[person] = (await hub.payload.find({ collection: 'users', where: { email: { equals: people[person].email } } })).docs[0]
    tokens[person] = await hub.login(people[person].email, password)
  }

  // Drafts, each saved by someone.
  ids.editorSheet = await draftBy('editor', 'sheets', sheet('Fiche en cours (éditeur)'))
  ids.editorNews = await draftBy('editor', 'news', news('Actualité en cours (éditeur)'))
  ids.adminNews = await draftBy('admin', 'news', news('Actualité en cours (admin)'))
  ids.local35News = await draftBy('local35', 'news', news('Actualité 35 en cours', ['35']))
  ids.news45 = (
    await hub.payload.create({ collection: 'news', draft: true, data: { ...news('Actualité 45 en cours', ['45']), _status: 'draft' } })
  ).id

  // Scheduled: the 45 item soonest, then the 35 item, then the national one.
  await schedule('news', ids.editorNews, 2 * day)
  await schedule('news', ids.local35News, day)
  await schedule('news', ids.news45, 3 * 3_600_000)

  // Published, at different times.
  const publish = (title: string, publishedAt: number, departments?: string[]) =>
    hub.payload.create({
      collection: 'news',
      data: { ...news(title, departments), _status: 'published', publishedAt: new Date(publishedAt).toISOString() },
    })
  await publish('Publiée 35 il y a deux jours', Date.now() - 2 * day, ['35'])
  await publish('Publiée nationale il y a une heure', Date.now() - 3_600_000)
  await hub.payload.create({ collection: 'sheets', data: { ...sheet('Fiche publiée à l’instant'), _status: 'published' } })

  // Reviews: two due (the older first), one not yet.
  const iso = (offset: number) => new Date(Date.now() + offset).toISOString()
  await hub.payload.create({
    collection: 'sheets',
    data: { ...sheet('Relecture due depuis deux jours', { reviewDueDate: iso(-2 * day) }), _status: 'published' },
  })
  await hub.payload.create({
    collection: 'sheets',
    data: { ...sheet('Relecture due depuis dix jours', { reviewDueDate: iso(-10 * day) }), _status: 'published' },
  })
  await hub.payload.create({
    collection: 'sheets',
    data: { ...sheet('Relecture dans un mois', { reviewDueDate: iso(30 * day) }), _status: 'published' },
  })

  // Webhook deliveries: one failed, one delivered.
  const webhook = await hub.payload.create({
    collection: 'webhooks',
    data: { name: 'Appli de la ville', url: 'https://example.org/hook', events: ['news.published'] } as never,
  })
  for (const status of ['failed', 'delivered'] as const) {
    await hub.payload.create({
      collection: 'webhook-deliveries',
      data: {
        webhook: webhook.id,
        event: 'news.published',
        deliveryId: `d-${status}`,
        status,
        attempt: 1,
        httpStatus: status === 'failed' ? 503 : 204,
        error: status === 'failed' ? 'receiver answered 503' : undefined,
      },
    })
  }
})
afterAll(async () => {
  await hub?.close()
})

describe('the dashboard of a national editor', () => {
  it('lists their own drafts, the latest first, and nobody else’s', async () => {
    const dashboard = await editorDashboard(hub.payload, users.editor)
    expect(titles(dashboard.drafts)).toEqual(['Actualité en cours (éditeur)', 'Fiche en cours (éditeur)'])
  })

  it('lists every scheduled publication, the soonest first, with its time and action', async () => {
    const dashboard = await editorDashboard(hub.payload, users.editor)
    expect(titles(dashboard.scheduled)).toEqual(['Actualité 45 en cours', 'Actualité 35 en cours', 'Actualité en cours (éditeur)'])
    expect(dashboard.scheduled.every((item) => item.action === 'publish' && item.timezone === 'Europe/Paris')).toBe(true)
  })

  it('lists what was published lately, the latest publication first', async () => {
    const dashboard = await editorDashboard(hub.payload, users.editor)
    const recent = titles(dashboard.recentlyPublished)!
    expect(recent.indexOf('Fiche publiée à l’instant')).toBeLessThan(recent.indexOf('Publiée nationale il y a une heure'))
    expect(recent.indexOf('Publiée nationale il y a une heure')).toBeLessThan(recent.indexOf('Publiée 35 il y a deux jours'))
  })

  it('lists the sheets whose review day has come, the oldest first', async () => {
    const dashboard = await editorDashboard(hub.payload, users.editor)
    expect(titles(dashboard.reviewsDue)).toEqual(['Relecture due depuis dix jours', 'Relecture due depuis deux jours'])
  })

  it('shows no webhook deliveries: those are for admins', async () => {
    expect((await editorDashboard(hub.payload, users.editor)).failedDeliveries).toBeNull()
  })
})

describe('the dashboard of a local editor of 35', () => {
  it('lists their drafts, and only the scheduled and published news of their territory', async () => {
    const dashboard = await editorDashboard(hub.payload, users.local35)
    expect(titles(dashboard.drafts)).toEqual(['Actualité 35 en cours'])
    expect(titles(dashboard.scheduled)).toEqual(['Actualité 35 en cours'])
    expect(titles(dashboard.recentlyPublished)).toEqual(['Publiée 35 il y a deux jours'])
  })

  it('has no reviews (sheets are national) and no webhook deliveries', async () => {
    const dashboard = await editorDashboard(hub.payload, users.local35)
    expect(dashboard.reviewsDue).toBeNull()
    expect(dashboard.failedDeliveries).toBeNull()
  })
})

describe('the dashboard of an admin', () => {
  it('lists the failed webhook deliveries only', async () => {
    const dashboard = await editorDashboard(hub.payload, users.admin)
    expect(dashboard.failedDeliveries?.map((delivery) => [delivery.webhook, delivery.error])).toEqual([
      ['Appli de la ville', 'receiver answered 503'],
    ])
    expect(titles(dashboard.drafts)).toEqual(['Actualité en cours (admin)'])
    expect(titles(dashboard.reviewsDue)).toEqual(['Relecture due depuis dix jours', 'Relecture due depuis deux jours'])
  })

  it('is what the admin’s home page shows, above the collections', () => {
    expect(hub.config.admin.components.beforeDashboard).toContain('/src/admin/EditorDashboard#EditorDashboard')
  })
})

describe('who last edited a document', () => {
  it('is recorded from the session and cannot be set by a client', async () => {
    const response = await hub.api
      .patch(`/api/news/${ids.local35News}?draft=true`)
      .set(auth('local35'))
      .send({ summary: 'Relu', lastEditedBy: users.admin.id })
    expect(response.status).toBe(200)
    const saved = await hub.payload.findByID({ collection: 'news', id: ids.local35News, draft: true, depth: 0 })
    expect((saved as { lastEditedBy?: unknown }).lastEditedBy).toBe(users.local35.id)
  })

  it('is never shown to readers', async () => {
    const published = await hub.api.get('/api/news?limit=1')
    expect(published.status).toBe(200)
    expect(published.body.docs[0]).toBeDefined()
    expect(published.body.docs[0]).not.toHaveProperty('lastEditedBy')
  })
})
