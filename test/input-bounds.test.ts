import type { FlattenedField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Unit } from '../payload-types'
import { createPeople, createUnit, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let editor: string
let unit: Unit

const auth = () => ({ Authorization: `JWT ${editor}` })
const firstMessage = (body: { errors?: { message: string }[] }) => body.errors?.[0]?.message

const newsDraft = (extra: Record<string, unknown>) => ({
  title: 'Brouillon',
  category: 'alert',
  scope: { level: 'national' },
  _status: 'draft',
  ...extra,
})
const countNews = async () => (await hub.payload.count({ collection: 'news' })).totalDocs

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  editor = await hub.login(people.editor.email, password)
  unit = await createUnit(hub.payload, '35238', 'Brigade de Rennes (bornes)')
})
afterAll(async () => {
  await hub?.close()
})

describe('document data, drafts included', () => {
  it('refuses a list where one INSEE code is expected, instead of storing it as text', async () => {
    const create = await hub.api
      .post('/api/units')
      .set(auth())
      .send({ name: 'Deux communes', kind: 'other', force: 'none', address: { commune: 'Rennes', inseeCode: ['35238', '45234'] } })
    expect(create.status).toBe(400)
    expect(firstMessage(create.body)).toBe('address.inseeCode: expected one text value, got a list')
    expect((await hub.payload.count({ collection: 'units', where: { name: { equals: 'Deux communes' } } })).totalDocs).toBe(0)

    const update = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set(auth())
      .send({ address: { inseeCode: ['35238', '45234'] } })
    expect(update.status).toBe(400)
    expect((await hub.payload.findByID({ collection: 'units', id: unit.id })).address.inseeCode).toBe('35238')
  })

  it('refuses one department given as text where a list is expected', async () => {
    const response = await hub.api
      .post('/api/news')
      .set(auth())
      .send({ ...newsDraft({}), scope: { level: 'departments', departments: '35' }, _status: 'published' })
    expect(response.status).toBe(400)
    expect(firstMessage(response.body)).toBe('scope.departments: expected a list, got text')
  })

  it('bounds the length of texts in drafts, which skip the rest of validation', async () => {
    const before = await countNews()
    const long = await hub.api
      .post('/api/news?draft=true')
      .set(auth())
      .send(newsDraft({ title: 'x'.repeat(301) }))
    expect(long.status).toBe(400)
    expect(firstMessage(long.body)).toBe('title: 300 caractères au plus (301 saisis) : raccourcissez le texte.')
    const summary = await hub.api
      .post('/api/news?draft=true')
      .set(auth())
      .set('Accept-Language', 'en')
      .send(newsDraft({ summary: 'x'.repeat(5001) }))
    expect(firstMessage(summary.body)).toBe('summary: At most 5000 characters (5001 typed): shorten the text.')
    const huge = await hub.api
      .post('/api/news?draft=true')
      .set(auth())
      .send(newsDraft({ title: 'x'.repeat(20 * 1024 * 1024) }))
    expect(huge.status).toBe(413)
    expect(firstMessage(huge.body)).toMatch(/^body: at most 4 MB/)
    expect(await countNews()).toBe(before)
  })

  it('refuses NUL characters, options that do not exist and numbers given as text, in drafts too', async () => {
    const before = await countNews()
    const nul = await hub.api
      .post('/api/news?draft=true')
      .set(auth())
      .send(newsDraft({ title: 'Alerte\u0000' }))
    expect(nul.status).toBe(400)
    expect(firstMessage(nul.body)).toBe('title: Le texte contient un caractère invisible (NUL) : retirez-le en le retapant.')
    const option = await hub.api
      .post('/api/news?draft=true')
      .set(auth())
      .send(newsDraft({ category: 'zzz' }))
    expect(option.status).toBe(400)
    expect(firstMessage(option.body)).toMatch(/^category: "zzz" is not one of prevention, alert/)
    const number = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set(auth())
      .send({ location: { latitude: '48.11', longitude: -1.68 } })
    expect(number.status).toBe(400)
    expect(firstMessage(number.body)).toBe('location.latitude: expected a number, got text')
    const group = await hub.api.patch(`/api/units/${unit.id}`).set(auth()).send({ address: 'Rennes' })
    expect(firstMessage(group.body)).toBe('address: expected an object of fields, got text')
    expect(await countNews()).toBe(before)
  })

  it('refuses the same over GraphQL, naming the field', async () => {
    const response = await hub.graphql(
      'mutation ($title: String) { createNews(draft: true, data: { title: $title, category: alert, scope: { level: national }, publishedAt: "2026-01-01T00:00:00.000Z", source: editor, _status: draft }) { id } }',
      { title: 'Alerte\u0000' },
      editor,
    )
    expect(response.body.errors[0].message).toBe('title: Le texte contient un caractère invisible (NUL) : retirez-le en le retapant.')
    expect(response.body.errors[0].extensions).toMatchObject({ statusCode: 400 })
  })

  it('names the field path in the message of every validation error, on REST and GraphQL', async () => {
    const rest = await hub.api
      .post('/api/units')
      .set(auth())
      .send({ name: 'Nulle part', kind: 'other', force: 'none', address: { commune: 'Nulle part', inseeCode: '99999' } })
    expect(rest.status).toBe(400)
    expect(firstMessage(rest.body)).toBe(
      'address.inseeCode: Code INSEE inconnu : 99999. Saisissez le code INSEE de la commune (5 caractères ; 35238 pour Rennes) et non son code postal.',
    )
    const graphql = await hub.graphql(
      'mutation { createUnit(data: { name: "Nulle part", kind: other, force: none, status: active, source: editor, address: { commune: "Nulle part", inseeCode: "99999" } }) { id } }',
      {},
      editor,
    )
    expect(graphql.body.errors[0].message).toBe(firstMessage(rest.body))
  })

  it('gives every text field editors fill in a maximum length, and every list a maximum size', () => {
    const unbounded: string[] = []
    const visit = (fields: FlattenedField[], prefix: string) => {
      for (const field of fields) {
        const path = `${prefix}.${field.name}`
        // What Payload adds and fills itself (row ids, upload file names, sessions, a partner's
        // generated API key) is bounded when sent, not typed by editors.
        if (field.admin?.hidden || field.admin?.disabled || field.name === 'apiKey') continue
        if ((field.type === 'text' || field.type === 'textarea') && !field.hidden && field.maxLength === undefined) unbounded.push(path)
        if (field.type === 'text' && field.hasMany && !field.hidden && field.maxRows === undefined) unbounded.push(path)
        if (field.type === 'array' && !field.hidden && field.maxRows === undefined) unbounded.push(path)
        if (field.type === 'group' || field.type === 'tab' || field.type === 'array') visit(field.flattenedFields, path)
      }
    }
    const ours = hub.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
    for (const collection of ours) visit(collection.flattenedFields, collection.slug)
    expect(unbounded).toEqual([])
  })
})

describe('query strings of the collections', () => {
  it.each([
    ['/api/units?limit=1000000', 'limit: must be a whole number between 1 and 100'],
    ['/api/units?limit=0', 'limit: must be a whole number between 1 and 100'],
    ['/api/units?limit=-1', 'limit: must be a whole number between 1 and 100'],
    ['/api/units?limit=abc', 'limit: must be a whole number between 1 and 100'],
    ['/api/units?limit=1&limit=2', 'limit: given more than once'],
    ['/api/units?page=99999999999999999999', 'page: must be a whole number between 1 and 100000'],
    ['/api/units?page=-1', 'page: must be a whole number between 1 and 100000'],
    ['/api/units?pagination=false', 'pagination: cannot be turned off'],
    ['/api/units?depth=abc', 'depth: must be a whole number between 0 and'],
    ['/api/units?where=notjson', 'where: not a JSON object'],
    ['/api/units?where[id][in]=1,abc', 'where[id][in]: "abc" is not a whole number'],
    ['/api/units?where[createdAt][greater_than]=notadate', 'where[createdAt][greater_than]: "notadate" is not a date'],
    ['/api/units?where[kind][equals]=castle', 'where[kind][equals]: "castle" is not one of police-station'],
    ['/api/units?where[location.latitude][equals]=north', 'where[location.latitude][equals]: "north" is not a number'],
    ['/api/units?where[name][equals]=a%00b', 'where[name][equals]: contains a NUL character'],
    ['/api/units?sort=%00', 'sort: contains a NUL character'],
    ['/api/units/abc', 'id: "abc" is not a valid id'],
    ['/api/units/1%00', 'path: "1\\u0000" contains a NUL character'],
    ['/api/units/1.5', 'id: "1.5" is not a valid id'],
    ['/api/units/99999999999', 'id: "99999999999" is not a valid id'],
  ])('answers %s with a 400 naming the parameter', async (url, message) => {
    for (const request of [hub.api.get(url), hub.api.get(url).set(auth())]) {
      const response = await request
      expect(response.status).toBe(400)
      expect(firstMessage(response.body)).toContain(message)
    }
  })

  it('serves pages of up to 100 documents to readers, and up to 1000 to signed-in editors (the admin asks 250)', async () => {
    expect((await hub.api.get('/api/units?limit=100&page=1&depth=0')).status).toBe(200)
    expect((await hub.api.get(`/api/units/${unit.id}`)).body.id).toBe(unit.id)
    expect((await hub.api.get('/api/units?limit=250')).status).toBe(400)
    const staff = await hub.api.get('/api/units?limit=250&depth=0&draft=true').set(auth())
    expect(staff.status).toBe(200)
    expect(staff.body.limit).toBe(250)
    expect((await hub.api.get('/api/units?limit=1001').set(auth())).status).toBe(400)
  })

  it('bounds pages over GraphQL too, before anything is read', async () => {
    for (const [query, variables, message] of [
      ['{ Units(limit: 100000000) { totalDocs } }', {}, 'limit: must be a whole number between 1 and 100'],
      ['query ($limit: Int) { Units(limit: $limit) { totalDocs } }', { limit: 0 }, 'limit: must be a whole number between 1 and 100'],
      ['query ($limit: Int = 500) { Units(limit: $limit) { totalDocs } }', {}, 'limit: must be a whole number between 1 and 100'],
      ['{ allNews(page: -1) { page } }', {}, 'page: must be a whole number between 1 and 100000'],
      ['{ NewsVisibleIn(department: "35", page: 0) { page } }', {}, 'page: must be a whole number between 1 and 100000'],
      ['{ Units(pagination: false) { totalDocs } }', {}, 'pagination: cannot be turned off'],
    ] as const) {
      const response = await hub.graphql(query, variables)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toContain(message)
      expect(response.body.data).toBeUndefined()
    }
    const fine = await hub.graphql('{ Units(limit: 100, page: 1) { totalDocs limit } }')
    expect(fine.body.data.Units.limit).toBe(100)
  })
})

describe('bodies of writes', () => {
  it('refuses bodies that are not one JSON object, naming the body', async () => {
    const cases: [string, string, number, string][] = [
      ['null', 'application/json', 400, 'body: expected a JSON object'],
      ['"x"', 'application/json', 400, 'body: expected a JSON object'],
      ['[{"name":"x"}]', 'application/json', 400, 'body: expected a JSON object'],
      ['{"name":', 'application/json', 400, 'body: not valid JSON'],
      ['{"name":"x"}', 'text/plain', 415, 'Content-Type: send application/json'],
      ['name=x', 'application/x-www-form-urlencoded', 415, 'Content-Type: send application/json'],
    ]
    for (const [body, type, status, message] of cases) {
      const response = await hub.api.post('/api/units').set(auth()).set('Content-Type', type).send(body)
      expect(response.status, `${type} ${body}`).toBe(status)
      expect(firstMessage(response.body)).toContain(message)
    }
    const update = await hub.api.patch(`/api/units/${unit.id}`).set(auth()).set('Content-Type', 'application/json').send('null')
    expect(update.status).toBe(400)
  })
})

describe('writes store what they say', () => {
  const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children })
  const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, mode: 'normal', style: '', detail: 0 })
  const lexical = (children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } })
  const link = (url: string, type = 'link') =>
    lexical([
      paragraph([
        { type, version: 3, direction: null, format: '', indent: 0, fields: { linkType: 'custom', url, newTab: false }, children: [text('clic')] },
      ]),
    ])
  const publishedNews = (title: string, extra: Record<string, unknown> = {}) => ({
    ...newsDraft({ title, summary: 'Résumé' }),
    _status: 'published',
    ...extra,
  })

  it('refuses an object of languages where one text is expected, instead of storing it as text', async () => {
    const before = await countNews()
    const rest = await hub.api
      .post('/api/news')
      .set(auth())
      .send(publishedNews('x', { title: { fr: 'Titre', en: 'Title' } }))
    expect(rest.status).toBe(400)
    expect(firstMessage(rest.body)).toBe(
      'title: expected one value, got one per language; send each language in its own write (?locale=fr or ?locale=en)',
    )
    const unitName = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set(auth())
      .send({ name: { fr: 'x' } })
    expect(unitName.status).toBe(400)
    expect((await hub.payload.findByID({ collection: 'units', id: unit.id })).name).toBe('Brigade de Rennes (bornes)')
    expect(await countNews()).toBe(before)
  })

  it('refuses ?locale=all on a write, which stored nothing', async () => {
    const response = await hub.api.patch(`/api/units/${unit.id}?locale=all`).set(auth()).send({ name: 'Renommée' })
    expect(response.status).toBe(400)
    expect(firstMessage(response.body)).toBe('locale: "all" reads every language at once; a write is in one language (?locale=fr or ?locale=en)')
    // GraphQL's mutations know no "all" locale.
    const graphql = await hub.graphql(
      `mutation ($id: Int!) { updateUnit(id: $id, locale: all, data: { name: "Renommée" }) { id } }`,
      { id: unit.id },
      editor,
    )
    expect(graphql.status).toBe(400)
    expect((await hub.payload.findByID({ collection: 'units', id: unit.id })).name).toBe('Brigade de Rennes (bornes)')
    expect((await hub.api.get(`/api/units/${unit.id}?locale=all`)).status).toBe(200)
  })

  it.each([
    [42, 'body: expected a Lexical document'],
    ['plain text', 'body: expected a Lexical document'],
    [[1, 2], 'body: expected a Lexical document'],
    [{ root: null }, 'body: expected a Lexical document'],
    [{ root: { children: 'x' } }, 'body: expected a Lexical document'],
    [{ root: { type: 'root', children: 'x' } }, 'body: expected a Lexical document'],
    [
      lexical([paragraph(['x'])]),
      'body: expected a Lexical document ({"root":{"type":"root","children":[…]}}): root.children.0.children.0 is not a node',
    ],
  ])('refuses the rich text %j with a 400 naming the field, drafts included', async (body, message) => {
    const before = await countNews()
    for (const draft of [false, true]) {
      const response = await hub.api
        .post(`/api/news${draft ? '?draft=true' : ''}`)
        .set(auth())
        .send(publishedNews(`Corps ${JSON.stringify(body)}`, { body, ...(draft ? { _status: 'draft' } : {}) }))
      expect(response.status).toBe(400)
      expect(firstMessage(response.body)).toContain(message)
    }
    const graphql = await hub.graphql(
      'mutation ($body: JSON) { createNews(data: { title: "Corps GraphQL", summary: "x", category: alert, scope: { level: national }, body: $body, publishedAt: "2026-01-01T00:00:00.000Z", source: editor, _status: published }) { id } }',
      { body },
      editor,
    )
    expect(graphql.body.errors[0].message).toContain(message)
    expect(await countNews()).toBe(before)
  })

  it('keeps links in rich text to http, https, mailto and tel, over REST and GraphQL', async () => {
    const before = await countNews()
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/relative',
      'file:///etc/passwd',
    ]) {
      for (const type of ['link', 'autolink']) {
        const response = await hub.api
          .post('/api/news')
          .set(auth())
          .send(publishedNews('Lien piégé', { body: link(url, type) }))
        expect(response.status, `${type} ${url}`).toBe(400)
        expect(firstMessage(response.body)).toContain(`body: the link ${JSON.stringify(url)} at root.children.0.children.0 is refused`)
      }
    }
    const graphql = await hub.graphql(
      'mutation ($body: JSON) { createNews(data: { title: "Lien GraphQL", summary: "x", category: alert, scope: { level: national }, body: $body, publishedAt: "2026-01-01T00:00:00.000Z", source: editor, _status: published }) { id } }',
      { body: link('javascript:alert(1)') },
      editor,
    )
    expect(graphql.body.errors[0].message).toMatch(/^body: the link "javascript:alert\(1\)"/)
    expect(await countNews()).toBe(before)
    for (const url of ['https://www.service-public.fr/', 'http://example.org/a?b=c', 'mailto:contact@example.org', 'tel:+33299000000']) {
      const response = await hub.api
        .post('/api/news')
        .set(auth())
        .send(publishedNews(`Lien ${url}`, { body: link(url) }))
      expect(response.status, url).toBe(201)
      expect(response.body.doc.body.root.children[0].children[0].fields.url).toBe(url)
    }
  })

  it('never lets a client set ids or timestamps, and never reuses a deleted id', async () => {
    const local = await hub.login(people.local35.email, password)
    const item = await hub.api
      .post('/api/news')
      .set(auth())
      .send(publishedNews('Horodatée', { id: 999_999, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' }))
    expect(item.status).toBe(201)
    expect(item.body.doc.id).not.toBe(999_999)
    expect(Date.parse(item.body.doc.createdAt)).toBeGreaterThan(Date.parse('2020-01-01'))
    const own = await hub.api
      .post('/api/news')
      .set({ Authorization: `JWT ${local}` })
      .send(publishedNews('Locale horodatée', { scope: { level: 'departments', departments: ['35'] } }))
    const createdAt = own.body.doc.createdAt
    const backdated = await hub.api
      .patch(`/api/news/${own.body.doc.id}`)
      .set({ Authorization: `JWT ${local}` })
      .send({ createdAt: '2000-01-01T00:00:00.000Z', id: 1 })
    expect(backdated.status).toBe(200)
    expect((await hub.payload.findByID({ collection: 'news', id: own.body.doc.id })).createdAt).toBe(createdAt)
    const graphql = await hub.graphql(
      'mutation ($id: Int!) { updateNews(id: $id, data: { createdAt: "2000-01-01T00:00:00.000Z", scope: { level: departments, departments: ["35"] } }) { createdAt } }',
      { id: own.body.doc.id },
      editor,
    )
    expect(graphql.body.data.updateNews.createdAt).toBe(createdAt)

    const last = await hub.payload.create({
      collection: 'units',
      data: { name: 'Dernière', kind: 'other', force: 'none', address: { commune: 'Rennes', inseeCode: '35238' } } as Unit,
    })
    await hub.payload.delete({ collection: 'units', id: last.id })
    const next = await hub.payload.create({
      collection: 'units',
      data: { name: 'Suivante', kind: 'other', force: 'none', address: { commune: 'Rennes', inseeCode: '35238' } } as Unit,
    })
    expect(next.id).not.toBe(last.id)
  })

  it('keeps a published item published when a plain save meets a newer draft', async () => {
    const item = await hub.payload.create({ collection: 'news', data: publishedNews('Publiée, puis brouillon') as never })
    await hub.payload.update({ collection: 'news', id: item.id, draft: true, data: { title: 'Brouillon en cours', _status: 'draft' } })
    const plain = await hub.api.patch(`/api/news/${item.id}`).set(auth()).send({ summary: 'Corrigé' })
    expect(plain.status).toBe(409)
    expect(firstMessage(plain.body)).toMatch(/^_status: this document has unpublished changes saved as a draft/)
    const graphql = await hub.graphql(
      'mutation ($id: Int!) { updateNews(id: $id, data: { summary: "Corrigé", scope: { level: national } }) { id } }',
      { id: item.id },
      editor,
    )
    expect(graphql.body.errors[0].message).toMatch(/^_status: /)
    const live = await hub.payload.findByID({ collection: 'news', id: item.id, depth: 0 })
    expect(live).toMatchObject({ _status: 'published', title: 'Publiée, puis brouillon', summary: 'Résumé' })
    expect((await hub.api.get(`/api/news/${item.id}`)).status).toBe(200)

    const intoDraft = await hub.api.patch(`/api/news/${item.id}?draft=true`).set(auth()).send({ summary: 'Corrigé' })
    expect(intoDraft.status).toBe(200)
    expect((await hub.payload.findByID({ collection: 'news', id: item.id, depth: 0 }))._status).toBe('published')
    const publish = await hub.api.patch(`/api/news/${item.id}`).set(auth()).send({ summary: 'Corrigé', _status: 'published' })
    expect(publish.status).toBe(200)
    expect(await hub.payload.findByID({ collection: 'news', id: item.id, depth: 0 })).toMatchObject({
      _status: 'published',
      title: 'Brouillon en cours',
    })
    // With nothing newer than the published version, a plain save stays a plain save.
    expect((await hub.api.patch(`/api/news/${item.id}`).set(auth()).send({ summary: 'Encore' })).status).toBe(200)
  })
})
