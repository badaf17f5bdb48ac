import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, News, Unit } from '../payload-types'
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
      'scope.departments: Le département 45 est hors de votre territoire (35). Retirez-le de la diffusion ou demandez à la rédaction nationale de publier cette actualité.',
    )
    expect(response.body.errors[0].data.errors).toEqual([
      { path: 'scope.departments', message: expect.stringMatching(/^Le département 45 est hors/) },
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
    expect(response.body.errors[0].message).toMatch(/^scope\.departments: Le département 45 est hors de votre territoire/)
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
    } as Partial<Unit>)
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
