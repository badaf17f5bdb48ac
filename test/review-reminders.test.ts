import type { SendEmailOptions } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Sheet } from '../payload-types'
import { createPeople, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let sent: SendEmailOptions[] = []

const day = 86_400_000
const sheet = (title: string, reviewDueDate?: string) =>
  ({ title, summary: 'x', themes: ['complaint'], lastSignificantUpdate: '2025-01-15', reviewDueDate, _status: 'published' }) as Sheet
const createSheet = (title: string, reviewDueDate?: string) => hub.payload.create({ collection: 'sheets', data: sheet(title, reviewDueDate) })

/** Runs the digest the way the queue does, whatever its schedule. */
async function runDigest() {
  await hub.payload.jobs.queue({ task: 'reviewDigest', input: {} } as never)
  await hub.payload.jobs.run({ queue: 'default' })
}

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  // A capturing email adapter in place of the console one.
  hub.payload.sendEmail = async (message: SendEmailOptions) => {
    sent.push(message)
  }
})
beforeEach(() => {
  sent = []
})
afterAll(async () => {
  await hub?.close()
})

describe('day-only dates', () => {
  it('are stored as the French calendar day, however the client writes it', async () => {
    const cases = [
      ['2036-01-15', '2036-01-15T12:00:00.000Z'],
      ['2036-01-15T00:00:00.000Z', '2036-01-15T12:00:00.000Z'],
      // Midnight in Paris is still the 14th in UTC: the editor meant the 15th.
      ['2036-01-14T23:00:00.000Z', '2036-01-15T12:00:00.000Z'],
      ['2036-07-14T22:00:00.000Z', '2036-07-15T12:00:00.000Z'],
    ]
    for (const [given, stored] of cases) {
      const created = await hub.payload.create({
        collection: 'sheets',
        data: { ...sheet(`Jour ${given}`), lastSignificantUpdate: given, reviewDueDate: given },
      })
      expect([created.lastSignificantUpdate, created.reviewDueDate]).toEqual([stored, stored])
    }
  })

  it('are picked and listed as a French day with its year, without a time', () => {
    const dayOnly = hub.config.collections.flatMap((collection) =>
      collection.flattenedFields
        .filter((field) => field.type === 'date' && field.admin?.date?.pickerAppearance === 'dayOnly')
        .map((field) => [collection.slug, field.name, field.type === 'date' && field.admin?.date?.displayFormat]),
    )
    expect(dayOnly).toEqual(
      expect.arrayContaining([
        ['sheets', 'lastSignificantUpdate', 'dd/MM/yyyy'],
        ['sheets', 'reviewDueDate', 'dd/MM/yyyy'],
      ]),
    )
    expect(dayOnly.every(([, , format]) => format === 'dd/MM/yyyy')).toBe(true)
  })

  it('read by a reader on the sheet’s page as that same day', async () => {
    const created = await hub.payload.create({
      collection: 'sheets',
      data: { ...sheet('Vérifiée le 15 janvier'), lastSignificantUpdate: '2026-01-15' },
    })
    const page = await hub.api.get(`/fiches/${created.slug}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('15 janvier 2026')
  })
})

describe('the review digest', () => {
  it('runs every morning on the queue the hub already runs', () => {
    const task = hub.config.jobs.tasks?.find((t) => t.slug === ('reviewDigest' as never))
    expect(task?.schedule).toEqual([expect.objectContaining({ cron: '0 7 * * *', queue: 'default' })])
  })

  it('sends nothing while no review is due', async () => {
    await createSheet('Relecture dans un mois', new Date(Date.now() + 30 * day).toISOString())
    await createSheet('Sans date de relecture')
    await runDigest()
    expect(sent).toEqual([])
  })

  it('sends each national editor one email listing every due sheet, the oldest first, with a link to it', async () => {
    const recent = await createSheet('Due depuis deux jours', new Date(Date.now() - 2 * day).toISOString())
    await createSheet('Due depuis un an', new Date(Date.now() - 365 * day).toISOString())
    await runDigest()

    expect(sent.map((message) => message.to).sort()).toEqual([people.admin.email, people.editor.email].sort())
    const [message] = sent
    expect(message.subject).toBe('Relais : 2 fiches pratiques à relire')
    const text = String(message.text)
    expect(text.indexOf('Due depuis un an')).toBeGreaterThan(-1)
    expect(text.indexOf('Due depuis un an')).toBeLessThan(text.indexOf('Due depuis deux jours'))
    expect(text).not.toContain('Relecture dans un mois')
    expect(text).toContain(`/admin/collections/sheets/${recent.id}`)
    expect(String(message.html)).toContain(`/admin/collections/sheets/${recent.id}`)
  })

  it('escapes a title typed with markup in the HTML email', async () => {
    await createSheet('<img src=x onerror=alert(1)>', new Date(Date.now() - day).toISOString())
    await runDigest()
    expect(String(sent[0].html)).not.toContain('<img')
    expect(String(sent[0].html)).toContain('&lt;img')
  })
})
