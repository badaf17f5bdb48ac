import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { idsListing } from '../src/lib/listedIn'
import { newsVisibleInTerritory, pageOfNewsVisibleIn } from '../src/lib/territoryNews'
import { servicesAvailableIn, type Territory } from '../src/lib/territoryWhere'
import { testDatabaseKind } from './helpers/database'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub

const news = async (title: string, scope: News['scope'], extra: Partial<News> = {}) =>
  hub.payload.create({
    collection: 'news',
    data: {
      title,
      summary: 'x',
      category: 'event',
      scope,
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
      _status: 'published',
      ...extra,
    } as News,
  })

beforeAll(async () => {
  hub = await startHub()
  await news('Nationale', { level: 'national' })
  await news('Ille-et-Vilaine', { level: 'departments', departments: ['35'] })
  await news('Rennes', { level: 'communes', communes: ['35238'] })
  await news('Saint-Malo', { level: 'communes', communes: ['35288'] })
  await news('Loiret', { level: 'departments', departments: ['45'] })
  await news('Expirée', { level: 'national' }, { expiresAt: new Date(Date.now() - 1000).toISOString() })
  await hub.payload.create({
    collection: 'news',
    draft: true,
    data: {
      title: 'Brouillon',
      summary: 'x',
      category: 'event',
      scope: { level: 'national' },
      publishedAt: new Date().toISOString(),
      _status: 'draft',
    },
  })
  const base = {
    summary: 'x',
    url: 'https://example.org',
    category: 'appointment',
    operator: 'gendarmerie',
    status: 'active',
    _status: 'published',
  } as const
  await hub.payload.create({ collection: 'services', data: { ...base, name: 'Partout', coverage: { scope: 'national' } } })
  await hub.payload.create({
    collection: 'services',
    data: { ...base, name: 'En 35 et 45', coverage: { scope: 'departments', departments: ['35', '45'] } },
  })
})
afterAll(async () => {
  await hub?.close()
})

const titles = async (territory: Territory) => (await newsVisibleInTerritory(hub.payload, territory, { limit: 100 })).map((d) => d.title).sort()

describe('news visible in a territory', () => {
  it('for a commune: national, its department, itself', async () => {
    expect(await titles({ commune: '35238' })).toEqual(['Ille-et-Vilaine', 'Nationale', 'Rennes'])
  })

  it('for a department: national, the department and its communes', async () => {
    expect(await titles({ department: '35' })).toEqual(['Ille-et-Vilaine', 'Nationale', 'Rennes', 'Saint-Malo'])
  })

  it('nationally: national news only, never drafts or expired news', async () => {
    expect(await titles({})).toEqual(['Nationale'])
  })

  it('pages newest first across national, departmental and communal news, and counts them all', async () => {
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString()
    const made = [
      await news('Page 3e', { level: 'communes', communes: ['29019'] }, { publishedAt: minutesAgo(0.3) }),
      await news('Page 1re', { level: 'national' }, { publishedAt: minutesAgo(0.1) }),
      await news('Page 2e', { level: 'departments', departments: ['29'] }, { publishedAt: minutesAgo(0.2) }),
      await news('Page 4e', { level: 'departments', departments: ['29', '56'] }, { publishedAt: minutesAgo(0.4) }),
    ]
    try {
      const page = (n: number) => pageOfNewsVisibleIn(hub.payload, { commune: '29019' }, { limit: 2, page: n })
      const [first, second, third] = [await page(1), await page(2), await page(3)]
      expect(first.docs.map((d) => d.title)).toEqual(['Page 1re', 'Page 2e'])
      expect(second.docs.map((d) => d.title)).toEqual(['Page 3e', 'Page 4e'])
      expect(third.docs.map((d) => d.title)).toEqual(['Nationale'])
      expect(first).toMatchObject({ totalDocs: 5, totalPages: 3, hasNextPage: true, nextPage: 2, hasPrevPage: false })
      expect(third).toMatchObject({ totalDocs: 5, page: 3, hasNextPage: false, prevPage: 2 })
    } finally {
      for (const doc of made) await hub.payload.delete({ collection: 'news', id: doc.id })
    }
  })
})

describe('services available in a department', () => {
  it('lists national services and those covering the department', async () => {
    const names = async (department?: string) =>
      (await hub.payload.find({ collection: 'services', where: servicesAvailableIn(department), sort: 'name' })).docs.map((d) => d.name)
    expect(await names('35')).toEqual(['En 35 et 45', 'Partout'])
    expect(await names('01')).toEqual(['Partout'])
    expect(await names()).toEqual(['En 35 et 45', 'Partout'])
  })
})

describe('a territory given by a host page, a feed reader or a partner', () => {
  const asked = async (params: Record<string, string>) => {
    const search = new URLSearchParams(params)
    const widget = await hub.api.get(`/embed/v1/data/news?${search}`)
    const feed = await hub.api.get(`/feeds/news.json?${search}`)
    const args = Object.entries(params)
      .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
      .join(', ')
    const graphql = await hub.api.post('/api/graphql').send({ query: `{ NewsVisibleIn(${args}) { docs { title } } }` })
    return {
      statuses: [widget.status, feed.status, graphql.body.errors ? graphql.body.errors[0].extensions?.statusCode : 200],
      messages: [widget.body.errors?.[0]?.message, feed.body.errors?.[0]?.message, graphql.body.errors?.[0]?.message],
      titles: [
        widget.body.items?.map((item: { title: string }) => item.title).sort(),
        feed.body.items?.map((item: { title: string }) => item.title).sort(),
        graphql.body.data?.NewsVisibleIn?.docs.map((doc: { title: string }) => doc.title).sort(),
      ],
    }
  }

  it.each([
    [{ commune: '99999' }, 'commune: unknown INSEE commune code "99999"'],
    [{ department: '999' }, 'department: unknown department code "999"'],
    [{ commune: '35238', department: '45' }, 'department: commune 35238 is not in department 45'],
  ])('is refused the same way everywhere: %j', async (params, message) => {
    const answer = await asked(params)
    expect(answer.statuses).toEqual([400, 400, 400])
    expect(answer.messages).toEqual([message, message, message])
  })

  it('is read the same way everywhere: a commune with its own department', async () => {
    const answer = await asked({ commune: '35238', department: '35' })
    expect(answer.statuses).toEqual([200, 200, 200])
    expect(answer.titles).toEqual([
      ['Ille-et-Vilaine', 'Nationale', 'Rennes'],
      ['Ille-et-Vilaine', 'Nationale', 'Rennes'],
      ['Ille-et-Vilaine', 'Nationale', 'Rennes'],
    ])
  })
})

describe('the news listing a department or a commune', () => {
  // Asked through a where, the SQL adapters joined the list's table to every shown item (12–50 ms
  // for a department at national volumes); its own index gives the ids at once.
  it('are read from the list’s index on the SQL adapters, drafts and expired ones included', async () => {
    const ids = await idsListing(hub.payload, 'news', 'scope.departments', '35')
    if (testDatabaseKind() === 'mongodb') return expect(ids).toBeUndefined()
    const listing = await hub.payload.find({
      collection: 'news',
      where: { 'scope.departments': { in: ['35'] } },
      draft: true,
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(listing.docs.length).toBeGreaterThan(0)
    expect([...(ids ?? [])].sort()).toEqual(listing.docs.map((doc) => doc.id).sort())
    expect(await idsListing(hub.payload, 'news', 'scope.communes', '35238')).toHaveLength(1)
    expect(await idsListing(hub.payload, 'news', 'scope.communes', '99999')).toEqual([])
  })
})

describe.runIf(testDatabaseKind() === 'sqlite')("the hub's SQLite file", () => {
  // Without statistics SQLite took "these 900 ids, if departmental" from the index of 30,000
  // departmental news rather than by id (24 ms against 3).
  it('has the planner’s statistics once the hub is connected', async () => {
    const { rows } = await (hub.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: unknown[] }> } }).client.execute(
      "SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'",
    )
    expect(rows).toHaveLength(1)
  })
})

describe.runIf(testDatabaseKind() === 'postgres')("the hub's PostgreSQL sessions", () => {
  // A parallel plan walked the whole publication index for a department's ten newest news (0.5 s
  // at national volumes, 20 ms serial): every connection of the pool, new ones too, plans serially.
  it('plan without parallel workers or JIT, on every connection of the pool', async () => {
    const pool = (hub.payload.db as unknown as { pool: pg.Pool }).pool
    const clients = await Promise.all(Array.from({ length: 3 }, () => pool.connect()))
    try {
      for (const client of clients) {
        const parallel = await client.query<{ max_parallel_workers_per_gather: string }>('SHOW max_parallel_workers_per_gather')
        const jit = await client.query<{ jit: string }>('SHOW jit')
        expect([parallel.rows[0].max_parallel_workers_per_gather, jit.rows[0].jit]).toEqual(['0', 'off'])
      }
    } finally {
      for (const client of clients) client.release()
    }
  })
})
