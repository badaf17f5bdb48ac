import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, News, Unit } from '../payload-types'
import { getUpcomingScheduledPublish, schedulePublish } from '../plugins/editorial/schedulePublish'
import { createPeople, createUnit, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let local35: string
let editor: string
let nationalImage: Media

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

const news = (title: string, departments: string[]) =>
  ({
    title,
    summary: `${title} (résumé)`,
    category: 'prevention',
    scope: { level: 'departments', departments },
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
    _status: 'published',
  }) as News

const createNews = (title: string, departments: string[]) => hub.payload.create({ collection: 'news', data: news(title, departments) })
const exists = async (collection: 'news' | 'media', id: number) =>
  (await hub.payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  local35 = await hub.login(people.local35.email, password)
  editor = await hub.login(people.editor.email, password)
  nationalImage = await hub.payload.create({
    collection: 'media',
    data: { alt: 'Logo national' },
    file: { data: await png(), mimetype: 'image/png', name: 'national.png', size: 100 },
  })
})
afterAll(async () => {
  await hub?.close()
})

describe('a local editor of 35 deleting news', () => {
  it('cannot delete news that also reach 45, over REST, naming the field as an update does', async () => {
    const shared = await createNews('Ille-et-Vilaine et Loiret', ['35', '45'])
    const response = await hub.api.delete(`/api/news/${shared.id}`).set(auth(local35))
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toBe(
      'scope.departments: Cette actualité atteint aussi le département 45 hors de votre territoire (35) : seule la rédaction nationale peut la modifier.',
    )
    expect(response.body.errors[0].data.errors).toEqual([
      { path: 'scope.departments', message: expect.stringMatching(/^Cette actualité atteint aussi le département 45 hors/) },
    ])
    const update = await hub.api.patch(`/api/news/${shared.id}`).set(auth(local35)).send({ summary: 'Changé' })
    expect(update.status).toBe(403)
    expect(update.body.errors[0].message).toBe(response.body.errors[0].message)
    expect(await exists('news', shared.id)).toBe(true)
  })

  it('cannot delete them over GraphQL either', async () => {
    const shared = await createNews('Partagée (GraphQL)', ['35', '45'])
    const response = await hub.graphql('mutation ($id: Int!) { deleteNews(id: $id) { id } }', { id: shared.id }, local35)
    expect(response.body.data?.deleteNews ?? null).toBeNull()
    expect(response.body.errors[0].message).toMatch(/^scope\.departments: Cette actualité atteint aussi le département 45/)
    expect(await exists('news', shared.id)).toBe(true)
  })

  it('deletes only the news of 35 in a bulk delete, and edits only those in a bulk update', async () => {
    const own = await createNews('Seulement 35 (lot)', ['35'])
    const shared = await createNews('35 et 45 (lot)', ['35', '45'])
    const ids = `where[id][in]=${own.id},${shared.id}`
    const update = await hub.api.patch(`/api/news?${ids}`).set(auth(local35)).send({ summary: 'Résumé en lot' })
    expect(update.body.docs.map((doc: News) => doc.id)).toEqual([own.id])
    expect((await hub.payload.findByID({ collection: 'news', id: shared.id })).summary).toBe('35 et 45 (lot) (résumé)')

    const deletion = await hub.api.delete(`/api/news?${ids}`).set(auth(local35))
    expect(deletion.status).toBe(400)
    expect(deletion.body.docs.map((doc: News) => doc.id)).toEqual([own.id])
    expect(deletion.body.errors).toEqual([expect.objectContaining({ id: shared.id, message: expect.stringContaining('département 45') })])
    expect(await exists('news', own.id)).toBe(false)
    expect(await exists('news', shared.id)).toBe(true)
  })

  it('cannot delete news of 35 whose latest draft reaches 45', async () => {
    const item = await createNews('Publiée pour 35', ['35'])
    await hub.payload.update({
      collection: 'news',
      id: item.id,
      draft: true,
      data: { scope: { level: 'departments', departments: ['35', '45'] }, _status: 'draft' },
    })
    const response = await hub.api.delete(`/api/news/${item.id}`).set(auth(local35))
    expect(response.status).toBe(403)
    expect(await exists('news', item.id)).toBe(true)
  })

  it('deletes news of 35 only, and a national editor deletes any', async () => {
    const own = await createNews('Seulement 35', ['35'])
    expect((await hub.api.delete(`/api/news/${own.id}`).set(auth(local35))).status).toBe(200)
    expect(await exists('news', own.id)).toBe(false)
    const shared = await createNews('Partagée, supprimée par le national', ['35', '45'])
    expect((await hub.api.delete(`/api/news/${shared.id}`).set(auth(editor))).status).toBe(200)
  })
})

describe('a local editor of 35 changing news that reach beyond 35', () => {
  const scopeOf = async (id: number) => (await hub.payload.findByID({ collection: 'news', id, depth: 0 })).scope

  it('cannot narrow news reaching 35 and 44 to 35 to take them over, on any API, draft or not', async () => {
    const shared = await createNews('Ille-et-Vilaine et Loire-Atlantique', ['35', '44'])
    const narrowed = { scope: { level: 'departments', departments: ['35'] } }
    const rest = await hub.api.patch(`/api/news/${shared.id}`).set(auth(local35)).send(narrowed)
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toBe(
      'scope.departments: Cette actualité atteint aussi le département 44 hors de votre territoire (35) : seule la rédaction nationale peut la modifier.',
    )
    const draft = await hub.api
      .patch(`/api/news/${shared.id}?draft=true`)
      .set(auth(local35))
      .send({ ...narrowed, _status: 'draft' })
    expect(draft.status).toBe(403)
    const graphql = await hub.graphql(
      'mutation ($id: Int!) { updateNews(id: $id, data: { scope: { level: departments, departments: ["35"] } }) { id } }',
      { id: shared.id },
      local35,
    )
    expect(graphql.body.errors[0].message).toMatch(/^scope\.departments: Cette actualité atteint aussi le département 44/)
    const bulk = await hub.api.patch(`/api/news?where[id][equals]=${shared.id}`).set(auth(local35)).send(narrowed)
    expect(bulk.body.docs).toEqual([])
    expect(await scopeOf(shared.id)).toMatchObject({ departments: ['35', '44'] })
    expect((await hub.api.delete(`/api/news/${shared.id}`).set(auth(local35))).status).toBe(403)
    expect(await exists('news', shared.id)).toBe(true)
  })

  it('cannot narrow a published item through a draft that only shows 35', async () => {
    const shared = await createNews('Publiée pour 35 et 44', ['35', '44'])
    await hub.payload.update({
      collection: 'news',
      id: shared.id,
      draft: true,
      data: { scope: { level: 'departments', departments: ['35'] }, _status: 'draft' },
    })
    const publish = await hub.api.patch(`/api/news/${shared.id}`).set(auth(local35)).send({ summary: 'Reprise', _status: 'published' })
    expect(publish.status).toBe(403)
    expect(publish.body.errors[0].message).toMatch(/département 44/)
    expect(await scopeOf(shared.id)).toMatchObject({ departments: ['35', '44'] })
  })

  it('cannot restore an old version of 35 over news that now reach 44', async () => {
    const item = await createNews('Née pour 35', ['35'])
    await hub.payload.update({ collection: 'news', id: item.id, data: { scope: { level: 'departments', departments: ['35', '44'] } } })
    const { docs } = await hub.payload.findVersions({ collection: 'news', where: { parent: { equals: item.id } }, sort: 'createdAt' })
    const restore = await hub.api.post(`/api/news/versions/${docs[0].id}`).set(auth(local35))
    expect(restore.status).toBe(403)
    expect(await scopeOf(item.id)).toMatchObject({ departments: ['35', '44'] })
  })

  it('still edits news of 35 only, and a national editor narrows any', async () => {
    const own = await createNews('Seulement 35 (modifiée)', ['35'])
    expect((await hub.api.patch(`/api/news/${own.id}`).set(auth(local35)).send({ summary: 'Modifiée' })).status).toBe(200)
    const shared = await createNews('35 et 44, recentrée par le national', ['35', '44'])
    const narrowed = await hub.api
      .patch(`/api/news/${shared.id}`)
      .set(auth(editor))
      .send({ scope: { level: 'departments', departments: ['35'] } })
    expect(narrowed.status).toBe(200)
    expect((await hub.api.patch(`/api/news/${shared.id}`).set(auth(local35)).send({ summary: 'À nous' })).status).toBe(200)
  })
})

describe('versions', () => {
  let versionTitles: (token?: string) => Promise<{ status: number; titles: string[] }>
  let ownDraft: News
  let draft44: News
  let nationalDraft: News

  beforeAll(async () => {
    const draftOf = (title: string, scope: News['scope']) =>
      hub.payload.create({ collection: 'news', draft: true, data: { ...news(title, []), scope, _status: 'draft' } })
    ownDraft = await draftOf('Brouillon de 35', { level: 'departments', departments: ['35'] })
    draft44 = await draftOf('Brouillon de 44', { level: 'departments', departments: ['44'] })
    nationalDraft = await draftOf('Brouillon national', { level: 'national' })
    await createNews('Publiée pour 44 (versions)', ['44'])
    versionTitles = async (token) => {
      const request = hub.api.get('/api/news/versions?limit=100&depth=0')
      const response = token ? await request.set(auth(token)) : await request
      return { status: response.status, titles: (response.body.docs ?? []).map((doc: { version: News }) => doc.version.title) }
    }
  })

  it('show a local editor no draft that ?draft=true hides from them, over REST and GraphQL', async () => {
    const { titles } = await versionTitles(local35)
    expect(titles).toContain('Brouillon de 35')
    expect(titles).toContain('Publiée pour 44 (versions)')
    expect(titles).not.toContain('Brouillon de 44')
    expect(titles).not.toContain('Brouillon national')
    const drafts = await hub.api.get('/api/news?draft=true&limit=100&depth=0').set(auth(local35))
    expect(drafts.body.docs.map((doc: News) => doc.title)).not.toContain('Brouillon de 44')

    const graphql = await hub.graphql('{ versionsallNews(limit: 100) { docs { version { title } } } }', {}, local35)
    const graphqlTitles = graphql.body.data.versionsallNews.docs.map((doc: { version: { title: string } }) => doc.version.title)
    expect(graphqlTitles).toContain('Brouillon de 35')
    expect(graphqlTitles).not.toContain('Brouillon de 44')
    expect(graphqlTitles).not.toContain('Brouillon national')
    const count = await hub.api.get('/api/news/versions?limit=1&where[version.title][equals]=Brouillon%20de%2044').set(auth(local35))
    expect(count.body.totalDocs).toBe(0)
  })

  it('refuse a local editor one version of another department by its id', async () => {
    for (const item of [draft44, nationalDraft]) {
      const { docs } = await hub.payload.findVersions({ collection: 'news', where: { parent: { equals: item.id } } })
      const response = await hub.api.get(`/api/news/versions/${docs[0].id}`).set(auth(local35))
      expect(response.status).toBe(403)
      const graphql = await hub.graphql('query ($id: String!) { versionNews(id: $id) { version { title } } }', { id: String(docs[0].id) }, local35)
      expect(graphql.body.data?.versionNews ?? null).toBeNull()
    }
    const { docs } = await hub.payload.findVersions({ collection: 'news', where: { parent: { equals: ownDraft.id } } })
    expect((await hub.api.get(`/api/news/versions/${docs[0].id}`).set(auth(local35))).body.version.title).toBe('Brouillon de 35')
  })

  it('show national staff every version, and readers none', async () => {
    const { titles } = await versionTitles(editor)
    expect(titles).toEqual(expect.arrayContaining(['Brouillon de 35', 'Brouillon de 44', 'Brouillon national']))
    expect((await versionTitles()).status).toBe(403)
    expect((await hub.api.get('/api/sheets/versions')).status).toBe(403)
  })
})

describe('scheduled publications', () => {
  type Args = Parameters<typeof schedulePublish>[0]
  const as = async (person: 'editor' | 'local35') => {
    const user = await hub.payload.find({ collection: 'users', where: { email: { equals: people[person].email } } })
    return createLocalReq({ user: { ...user.docs[0], collection: 'users' } as never }, hub.payload)
  }
  const schedule = async (person: 'editor' | 'local35', args: Partial<Args>) => schedulePublish({ ...args, req: await as(person) } as Args)
  const jobsOf = async (id: number) =>
    (
      await hub.payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(id) } }] },
      })
    ).docs
  const tomorrow = () => new Date(Date.now() + 86400_000)
  const draftOf = (title: string, scope: News['scope']) =>
    hub.payload.create({ collection: 'news', draft: true, data: { ...news(title, []), scope, _status: 'draft' } })

  it('a local editor cannot delete the national editor’s scheduled publication by its id', async () => {
    const national = await draftOf('Annonce nationale programmée', { level: 'national' })
    const done = await schedule('editor', { type: 'publish', date: tomorrow(), doc: { relationTo: 'news', value: String(national.id) } })
    expect(done).toEqual({ message: expect.any(String) })
    const [job] = await jobsOf(national.id)
    expect(job).toBeDefined()
    const jobsBefore = (await hub.payload.count({ collection: 'payload-jobs' })).totalDocs
    const refused = await schedule('local35', { deleteID: job.id })
    expect(refused).toEqual({ error: 'Vous n’êtes pas autorisé à effectuer cette action.' })
    expect(await jobsOf(national.id)).toHaveLength(1)
    await expect(getUpcomingScheduledPublish({ req: await as('local35'), id: national.id, collectionSlug: 'news' } as never)).rejects.toThrow()

    expect(await schedule('editor', { deleteID: job.id })).toEqual({ message: expect.any(String) })
    expect(await jobsOf(national.id)).toHaveLength(0)
    // Deleting queues nothing in its place.
    expect((await hub.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore - 1)
  })

  it('a local editor schedules only what they may publish', async () => {
    const national = await draftOf('Nationale, programmée par un local', { level: 'national' })
    const shared = await draftOf('35 et 44, programmée par un local', { level: 'departments', departments: ['35', '44'] })
    const own = await draftOf('35, programmée par son éditeur', { level: 'departments', departments: ['35'] })
    for (const item of [national, shared]) {
      const refused = await schedule('local35', { type: 'publish', date: tomorrow(), doc: { relationTo: 'news', value: String(item.id) } })
      expect(refused).toEqual({ error: expect.any(String) })
      expect(await jobsOf(item.id)).toHaveLength(0)
    }
    const sheet = await hub.payload.create({ collection: 'sheets', draft: true, data: { title: 'Fiche', _status: 'draft' } as never })
    expect(await schedule('local35', { type: 'publish', date: tomorrow(), doc: { relationTo: 'sheets', value: String(sheet.id) } })).toEqual({
      error: expect.any(String),
    })
    expect(await schedule('local35', { type: 'publish', date: tomorrow(), doc: { relationTo: 'news', value: String(own.id) } })).toEqual({
      message: expect.any(String),
    })
    expect(await jobsOf(own.id)).toHaveLength(1)
    const upcoming = await getUpcomingScheduledPublish({ req: await as('local35'), id: own.id, collectionSlug: 'news' } as never)
    expect(upcoming).toHaveLength(1)
  })

  it('the jobs collection is closed to REST and absent from GraphQL', async () => {
    const national = await draftOf('Nationale (REST sur les tâches)', { level: 'national' })
    await schedule('editor', { type: 'publish', date: tomorrow(), doc: { relationTo: 'news', value: String(national.id) } })
    const [job] = await jobsOf(national.id)
    expect((await hub.api.get('/api/payload-jobs').set(auth(local35))).status).toBe(403)
    expect((await hub.api.delete(`/api/payload-jobs/${job.id}`).set(auth(local35))).status).toBe(403)
    expect((await hub.api.delete(`/api/payload-jobs?where[id][equals]=${job.id}`).set(auth(local35))).status).toBe(403)
    expect((await hub.api.patch(`/api/payload-jobs/${job.id}`).set(auth(local35)).send({ waitUntil: new Date().toISOString() })).status).toBe(403)
    const graphql = await hub.graphql('{ PayloadJobs { docs { id } } }', {}, local35)
    expect(graphql.body.errors[0].message).toMatch(/Cannot query field "PayloadJobs"/)
    expect(await jobsOf(national.id)).toHaveLength(1)
  })
})

describe('images', () => {
  it('a local editor cannot change a national image: not its alt text, not its file, not delete it', async () => {
    const alt = await hub.api.patch(`/api/media/${nationalImage.id}`).set(auth(local35)).send({ alt: 'Remplacé' })
    expect(alt.status).toBe(403)
    const file = await hub.api
      .patch(`/api/media/${nationalImage.id}`)
      .set(auth(local35))
      .field('_payload', JSON.stringify({ alt: 'Remplacé' }))
      .attach('file', await png(), { filename: 'remplacement.png', contentType: 'image/png' })
    expect(file.status).toBe(403)
    const graphql = await hub.graphql(
      'mutation ($id: Int!) { updateMedia(id: $id, data: { alt: "Remplacé" }) { id } }',
      { id: nationalImage.id },
      local35,
    )
    expect(graphql.body.errors[0].message).toMatch(/not allowed|pas autorisé/i)
    expect((await hub.api.delete(`/api/media/${nationalImage.id}`).set(auth(local35))).status).toBe(403)
    const after = await hub.payload.findByID({ collection: 'media', id: nationalImage.id })
    expect(after).toMatchObject({ alt: 'Logo national', filename: 'national.png' })
  })

  it('a local editor uploads an image for their own news; national staff change images', async () => {
    const upload = await hub.api
      .post('/api/media')
      .set(auth(local35))
      .field('_payload', JSON.stringify({ alt: 'Forum sécurité à Rennes' }))
      .attach('file', await png(), { filename: 'forum.png', contentType: 'image/png' })
    expect(upload.status).toBe(201)
    const item = await hub.api
      .post('/api/news')
      .set(auth(local35))
      .send({ ...news('Forum sécurité', ['35']), image: upload.body.doc.id })
    expect(item.status).toBe(201)
    expect(item.body.doc.image.id).toBe(upload.body.doc.id)
    const fixed = await hub.api.patch(`/api/media/${upload.body.doc.id}`).set(auth(editor)).send({ alt: 'Forum de la sécurité, Rennes' })
    expect(fixed.status).toBe(200)
  })
})

describe('fields a local editor reads but never sets', () => {
  let unit: Unit

  beforeAll(async () => {
    unit = await createUnit(hub.payload, '35238', 'Brigade de Rennes (champs protégés)', {
      publicId: '1008999',
      source: 'opendata-gendarmerie',
    })
  })

  it('keeps publicId, source and importRecord on REST updates', async () => {
    const response = await hub.api
      .patch(`/api/units/${unit.id}`)
      .set(auth(local35))
      .send({ phone: '+33 2 99 00 00 00', publicId: 'pirate', source: 'demo', importRecord: { values: {}, conflicts: [] } })
    expect(response.status).toBe(200)
    const after = await hub.payload.findByID({ collection: 'units', id: unit.id })
    expect(after).toMatchObject({ phone: '+33 2 99 00 00 00', publicId: '1008999', source: 'opendata-gendarmerie' })
    expect(after.importRecord ?? null).toBeNull()
  })

  it('keeps them on GraphQL updates and creates', async () => {
    await hub.graphql('mutation ($id: Int!) { updateUnit(id: $id, data: { source: demo, publicId: "pirate" }) { id } }', { id: unit.id }, local35)
    expect(await hub.payload.findByID({ collection: 'units', id: unit.id })).toMatchObject({ publicId: '1008999', source: 'opendata-gendarmerie' })
    const created = await hub.graphql(
      'mutation { createUnit(data: { name: "Point d’accueil", kind: other, force: none, status: active, source: opendata_police, publicId: "pn-faux", address: { commune: "Rennes", inseeCode: "35238" } }) { id source publicId } }',
      {},
      local35,
    )
    expect(created.body.data.createUnit).toMatchObject({ source: 'editor', publicId: null })
  })

  it('lets a national editor set them', async () => {
    const response = await hub.api.patch(`/api/units/${unit.id}`).set(auth(editor)).send({ publicId: '1008998', source: 'editor' })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ publicId: '1008998', source: 'editor' })
  })
})
