import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News, Unit } from '../payload-types'
import { createPeople, createUnit, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

let hub: Hub
let local35: string
let editor: string
let unit35: Unit
let unit45: Unit
let published: News
let draft: News
let expired: News

const news = (title: string, extra: Partial<News> = {}) =>
  ({
    title,
    summary: `${title} (résumé)`,
    category: 'prevention',
    scope: { level: 'national' },
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
    _status: 'published',
    ...extra,
  }) as News

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  local35 = await hub.login(people.local35.email, password)
  editor = await hub.login(people.editor.email, password)
  unit35 = await createUnit(hub.payload, '35238', 'Brigade de Rennes (test)')
  unit45 = await createUnit(hub.payload, '45234', 'Brigade d’Orléans (test)')
  published = await hub.payload.create({ collection: 'news', data: news('Publiée') })
  draft = await hub.payload.create({ collection: 'news', data: news('Brouillon', { _status: 'draft' }), draft: true })
  expired = await hub.payload.create({
    collection: 'news',
    data: news('Expirée', {
      publishedAt: new Date(Date.now() - 10 * 86400_000).toISOString(),
      expiresAt: new Date(Date.now() - 86400_000).toISOString(),
    }),
  })
})
afterAll(async () => {
  await hub?.close()
})

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

describe('a local editor of department 35', () => {
  it('cannot edit a unit of department 45, over REST', async () => {
    const response = await hub.api.patch(`/api/units/${unit45.id}`).set(auth(local35)).send({ phone: '+33 1 00 00 00 00' })
    expect(response.status).toBe(403)
    const after = await hub.payload.findByID({ collection: 'units', id: unit45.id })
    expect(after.phone).toBeFalsy()
  })

  it('cannot edit a unit of department 45, over GraphQL', async () => {
    const response = await hub.graphql(
      `mutation ($id: Int!) { updateUnit(id: $id, data: { phone: "+33 1 00 00 00 00" }) { id phone } }`,
      { id: unit45.id },
      local35,
    )
    expect(response.body.data?.updateUnit ?? null).toBeNull()
    expect(response.body.errors?.[0]?.message).toMatch(/not allowed|pas autorisé/i)
    const after = await hub.payload.findByID({ collection: 'units', id: unit45.id })
    expect(after.phone).toBeFalsy()
  })

  it('edits a unit of department 35', async () => {
    const response = await hub.api.patch(`/api/units/${unit35.id}`).set(auth(local35)).send({ phone: '+33 2 99 00 00 00' })
    expect(response.status).toBe(200)
    expect(response.body.doc.phone).toBe('+33 2 99 00 00 00')
  })

  it('cannot move a unit of 35 into 45', async () => {
    const response = await hub.api
      .patch(`/api/units/${unit35.id}`)
      .set(auth(local35))
      .send({ address: { commune: 'Orléans', inseeCode: '45234' } })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/^address\.inseeCode: Cette commune est dans le département 45 hors de votre territoire \(35\)/)
    const after = await hub.payload.findByID({ collection: 'units', id: unit35.id })
    expect(after.address.department).toBe('35')
  })

  it('cannot create a unit in 45, over REST and GraphQL', async () => {
    const rest = await hub.api
      .post('/api/units')
      .set(auth(local35))
      .send({ name: 'Intruse', kind: 'other', force: 'none', address: { commune: 'Orléans', inseeCode: '45234' } })
    expect(rest.status).toBe(403)
    const graphql = await hub.graphql(
      `mutation { createUnit(data: { name: "Intruse", kind: other, force: none, status: active, source: editor, address: { commune: "Orléans", inseeCode: "45234" } }) { id } }`,
      {},
      local35,
    )
    expect(graphql.body.errors?.[0]?.message).toMatch(/hors de votre territoire/)
    expect((await hub.payload.count({ collection: 'units', where: { name: { equals: 'Intruse' } } })).totalDocs).toBe(0)
  })

  it('cannot create national news, over REST and GraphQL', async () => {
    const rest = await hub.api.post('/api/news').set(auth(local35)).send(news('Nationale par un local'))
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toMatch(/national/)
    const graphql = await hub.graphql(
      `mutation { createNews(data: { title: "Nationale GraphQL", summary: "x", category: prevention, scope: { level: national }, publishedAt: "2026-01-01T00:00:00.000Z", _status: published }) { id } }`,
      {},
      local35,
    )
    expect(graphql.body.errors?.[0]?.message).toMatch(/national/)
  })

  it('publishes news for department 35 and for a commune of 35, not for 45', async () => {
    const department = await hub.api
      .post('/api/news')
      .set(auth(local35))
      .send(news('Ille-et-Vilaine', { scope: { level: 'departments', departments: ['35'] } }))
    expect(department.status).toBe(201)
    const commune = await hub.api
      .post('/api/news')
      .set(auth(local35))
      .send(news('Rennes', { scope: { level: 'communes', communes: ['35238'] } }))
    expect(commune.status).toBe(201)
    expect(commune.body.doc.scope.departments).toEqual(['35'])
    const both = await hub.api
      .post('/api/news')
      .set(auth(local35))
      .send(news('Deux départements', { scope: { level: 'departments', departments: ['35', '45'] } }))
    expect(both.status).toBe(403)
  })

  it('cannot edit national content or give itself another role', async () => {
    const service = await hub.api
      .post('/api/services')
      .set(auth(local35))
      .send({ name: 'x', summary: 'x', url: 'https://example.org', category: 'report', operator: 'ministry' })
    expect(service.status).toBe(403)
    const me = await hub.payload.find({ collection: 'users', where: { email: { equals: people.local35.email } } })
    await hub.api
      .patch(`/api/users/${me.docs[0].id}`)
      .set(auth(local35))
      .send({ role: 'admin', departments: ['35', '45'] })
    const after = await hub.payload.findByID({ collection: 'users', id: me.docs[0].id })
    expect(after.role).toBe('local-editor')
    expect(after.departments).toEqual(['35'])
  })
})

describe('a national editor', () => {
  it('edits units anywhere and national news', async () => {
    const unit = await hub.api.patch(`/api/units/${unit45.id}`).set(auth(editor)).send({ phone: '+33 2 38 00 00 00' })
    expect(unit.status).toBe(200)
    const item = await hub.api.patch(`/api/news/${published.id}`).set(auth(editor)).send({ summary: 'Revue' })
    expect(item.status).toBe(200)
  })

  it('cannot manage users', async () => {
    const response = await hub.api.get('/api/users').set(auth(editor))
    expect(response.body.docs.map((u: { email: string }) => u.email)).toEqual([people.editor.email])
    const create = await hub.api.post('/api/users').set(auth(editor)).send({ email: 'x@test.example', password, name: 'x' })
    expect(create.status).toBe(403)
  })
})

describe('anonymous readers', () => {
  it('see published, unexpired news only, over REST', async () => {
    const list = await hub.api.get('/api/news?limit=100')
    expect(list.status).toBe(200)
    const titles = list.body.docs.map((d: News) => d.title)
    expect(titles).toContain('Publiée')
    expect(titles).not.toContain('Brouillon')
    expect(titles).not.toContain('Expirée')
    expect((await hub.api.get(`/api/news/${draft.id}`)).status).toBe(404)
    expect((await hub.api.get(`/api/news/${expired.id}`)).status).toBe(404)
    const asDraft = await hub.api.get(`/api/news?draft=true&limit=100`)
    expect(asDraft.body.docs.map((d: News) => d.title)).not.toContain('Brouillon')
  })

  it('see no draft over GraphQL', async () => {
    const response = await hub.graphql(`{ allNews(limit: 100) { docs { title } } }`)
    const titles = response.body.data.allNews.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('Publiée')
    expect(titles).not.toContain('Brouillon')
    expect(titles).not.toContain('Expirée')
    const one = await hub.graphql(`query ($id: Int!) { News(id: $id, draft: true) { title } }`, { id: draft.id })
    expect(one.body.data?.News ?? null).toBeNull()
  })

  it('never see users or versions', async () => {
    expect((await hub.api.get('/api/users')).status).toBe(403)
    expect((await hub.api.get('/api/news/versions')).status).toBe(403)
    const users = await hub.graphql(`{ Users { docs { email } } }`)
    expect(users.body.data?.Users ?? null).toBeNull()
    // Accounts are not part of GraphQL at all.
    expect(users.body.errors?.[0]?.message).toMatch(/Cannot query field "Users"/)
    const versions = await hub.graphql(`{ versionsNews { docs { id } } }`)
    expect(versions.body.data?.versionsNews ?? null).toBeNull()
  })

  it('do not see closed units', async () => {
    await hub.payload.update({ collection: 'units', id: unit45.id, data: { status: 'closed' } })
    const response = await hub.api.get('/api/units?limit=100')
    const ids = response.body.docs.map((u: Unit) => u.id)
    expect(ids).toContain(unit35.id)
    expect(ids).not.toContain(unit45.id)
    await hub.payload.update({ collection: 'units', id: unit45.id, data: { status: 'active' } })
  })
})

describe('filters and sorts on relations', () => {
  let admin: string
  let partner: string
  let closedUnit: Unit

  beforeAll(async () => {
    admin = await hub.login(people.admin.email, password)
    partner = (await createPartner(hub.payload, 'Relations')).authorization
    for (const [title, token] of [
      ['Par l’administrateur', admin],
      ['Par l’éditeur national', editor],
      ['Par l’éditeur local', local35],
    ] as const) {
      await hub.api
        .post('/api/news')
        .set(auth(token))
        .send(news(title, { scope: { level: 'departments', departments: ['35'] } }))
    }
    closedUnit = await createUnit(hub.payload, '35047', 'Brigade fermée de Bruz', { status: 'closed' })
    await hub.payload.create({ collection: 'news', data: news('Émise par une unité fermée', { unit: closedUnit.id }) })
  })

  const get = (path: string, headers: Record<string, string> = {}) => hub.api.get(path).set(headers)

  it('never order documents by the fields of editors a local or national editor may not read', async () => {
    for (const token of [local35, editor]) {
      for (const sort of ['lastEditedBy.email', '-lastEditedBy.role', 'title,lastEditedBy.email', 'lastEditedBy__name']) {
        const response = await get(`/api/news?depth=0&sort=${sort}`, auth(token))
        expect(response.status, sort).toBe(400)
        expect(response.body.errors[0].message).toMatch(/^sort: "lastEditedBy\.\w+" orders by users you may not all read/)
      }
      const versions = await get('/api/news/versions?depth=0&sort=version.lastEditedBy.email', auth(token))
      expect(versions.status).toBe(400)
      const graphql = await hub.graphql('{ allNews(sort: "lastEditedBy.email") { docs { id } } }', {}, token)
      expect(graphql.body.errors[0].message).toMatch(/^sort: "lastEditedBy\.email" orders by users/)
      // Filters through the relation only see the editor's own account.
      const filtered = await get('/api/news?depth=0&limit=100&where[lastEditedBy.email][like]=admin', auth(token))
      expect(filtered.body.totalDocs).toBe(0)
      expect((await get('/api/news?depth=0&sort=lastEditedBy', auth(token))).status).toBe(200)
    }
    expect((await get('/api/news?depth=0&sort=lastEditedBy.email', auth(admin))).status).toBe(200)
    expect((await get('/api/news?depth=0&sort=image.alt', auth(editor))).status).toBe(200)
  })

  it('never order anonymous readers’ and partners’ lists by what they may not read', async () => {
    for (const headers of [{}, { Authorization: partner }] as Record<string, string>[]) {
      // Units and images are read in part by readers (active units, published images).
      for (const sort of ['lastEditedBy.email', 'unit.name', '-unit.status', 'image.alt']) {
        const response = await get(`/api/news?depth=0&sort=${sort}`, headers)
        expect(response.status, sort).toBe(400)
        expect(response.body.errors[0].message).toMatch(/^sort: |cannot be queried/)
      }
      const filtered = await get('/api/news?depth=0&where[unit.name][like]=ferm', headers)
      expect(filtered.body.totalDocs).toBe(0)
      expect((await get('/api/news?depth=0&sort=-publishedAt', headers)).status).toBe(200)
    }
  })
})

describe('the permission queries of GraphQL', () => {
  const query = '{ Access { canAccessAdmin news { create { permission } read { permission where } update { permission } } } }'

  it('answer anonymous readers and partners every permission as false or true, never a 500', async () => {
    const partner = (await createPartner(hub.payload, 'Permissions')).authorization
    for (const headers of [{}, { Authorization: partner }] as Record<string, string>[]) {
      const response = await hub.api.post('/api/graphql').set(headers).send({ query })
      expect(response.status).toBe(200)
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data.Access).toMatchObject({
        canAccessAdmin: false,
        news: { create: { permission: false }, read: { permission: true }, update: { permission: false } },
      })
    }
    const doc = await hub.graphql('query ($id: Int!) { docAccessNews(id: $id) { update { permission } } }', { id: published.id })
    expect(doc.body.data.docAccessNews.update.permission).toBe(false)
  })

  it('answer editors as their rules say', async () => {
    const local = await hub.graphql(query, {}, local35)
    expect(local.body.errors).toBeUndefined()
    expect(local.body.data.Access).toMatchObject({ canAccessAdmin: true, news: { create: { permission: true }, update: { permission: true } } })
    const national = await hub.graphql('{ Access { users { create { permission } } news { delete { permission } } } }', {}, editor)
    expect(national.body.errors).toBeUndefined()
    expect(national.body.data.Access).toEqual({ users: { create: { permission: false } }, news: { delete: { permission: true } } })
  })
})
