import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../payload-types'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

let hub: Hub
let local35: string
let editor: string

const auth = (token: string) => ({ Authorization: `JWT ${token}` })
const png = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
const upload = async (token: string, filename: string, image: Buffer, alt = filename) =>
  hub.api.post('/api/media').set(auth(token)).field('_payload', JSON.stringify({ alt })).attach('file', image, { filename, contentType: 'image/png' })
const filesOf = (doc: Media): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
const digest = (filename: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(hub.mediaDir, filename)))
    .digest('hex')

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  local35 = await hub.login(people.local35.email, password)
  editor = await hub.login(people.editor.email, password)
})
afterAll(async () => {
  await hub?.close()
})

describe('file names', () => {
  it('an upload never writes over another image’s file, thumbnails included', async () => {
    const national = (await upload(editor, 'logo-320x240.png', await png(400, 300, '#000091'), 'Logo national')).body.doc as Media
    const before = Object.fromEntries(filesOf(national).map((name) => [name, digest(name)]))
    const local = await upload(local35, 'logo.png', await png(500, 300, '#e1000f'), 'Logo local')
    expect(local.status).toBe(201)
    const localFiles = filesOf(local.body.doc)
    for (const name of filesOf(national)) expect(localFiles).not.toContain(name)
    for (const [name, hash] of Object.entries(before)) expect(digest(name), name).toBe(hash)
    const served = await hub.api.get(`/api/media/file/${national.filename}`).set(auth(editor)).buffer(true)
    expect(crypto.createHash('sha256').update(served.body).digest('hex')).toBe(before[national.filename as string])
  })

  it('keeps the editor’s name, URL-safe, and numbers a second upload of it', async () => {
    const first = (await upload(editor, 'Forum sécurité.PNG', await png(40, 30, '#336699'))).body.doc as Media
    const second = (await upload(local35, 'Forum sécurité.png', await png(40, 30, '#996633'))).body.doc as Media
    expect(first.filename).toBe('forum-securite.png')
    expect(second.filename).toBe('forum-securite-1.png')
  })

  it('refuses a copy of another image’s stored file', async () => {
    const national = (await upload(editor, 'affiche.png', await png(400, 300, '#123456'))).body.doc as Media
    const hash = digest(national.filename as string)
    const copy = await hub.api
      .post('/api/media')
      .set(auth(local35))
      .send({ alt: 'Copie', url: `/api/media/file/${national.filename}`, filename: national.filename })
    expect(copy.status).toBe(400)
    expect(copy.body.errors[0].message).toMatch(/^file: /)
    expect(digest(national.filename as string)).toBe(hash)
    expect((await hub.payload.count({ collection: 'media', where: { alt: { equals: 'Copie' } } })).totalDocs).toBe(0)
  })
})

describe('images by URL', () => {
  it('are refused with a 400 naming the file, before anything is fetched, over REST and GraphQL', async () => {
    for (const url of ['http://127.0.0.1:9/x.png', 'http://169.254.169.254/latest/meta-data', 'https://example.org/image.png']) {
      const rest = await hub.api.post('/api/media').set(auth(editor)).send({ alt: 'Par URL', url, filename: 'x.png' })
      expect(rest.status, url).toBe(400)
      expect(rest.body.errors[0].message).toBe('file: send the image file itself (multipart/form-data): the hub does not fetch images from a URL')
    }
    const graphql = await hub.graphql(
      'mutation { createMedia(data: { alt: "Par URL", url: "http://127.0.0.1:9/x.png", filename: "x.png" }) { id } }',
      {},
      editor,
    )
    expect(graphql.body.errors[0].message).toMatch(/^file: send the image file itself/)
    expect(graphql.body.errors[0].extensions.statusCode).toBe(400)
    expect((await hub.payload.count({ collection: 'media', where: { alt: { equals: 'Par URL' } } })).totalDocs).toBe(0)
  })
})

describe('serving files', () => {
  it('answers 404 naming the file for an unknown, missing or impossible name, never 500', async () => {
    const stored = (await upload(editor, 'perdue.png', await png(40, 30, '#abcdef'))).body.doc as Media
    fs.rmSync(path.join(hub.mediaDir, stored.filename as string))
    for (const name of ['nothing.png', stored.filename as string, 'a%0Ab.png', '%7F.png']) {
      const response = await hub.api.get(`/api/media/file/${name}`)
      expect(response.status, name).toBe(404)
    }
    // The edge refuses a path with a NUL or an escaped separator before any handler reads it.
    expect((await hub.api.get('/api/media/file/%00.png')).status).toBe(400)
    expect((await hub.api.get('/api/media/file/x%5C..%5Cy.png')).status).toBe(400)
    const response = await hub.api.get('/api/media/file/nothing.png')
    expect(response.body.detail ?? response.body.errors?.[0]?.message).toBe('filename: no image file is named "nothing.png"')
  })

  it('still serves stored files and their sizes', async () => {
    const stored = (await upload(editor, 'servie.png', await png(400, 300, '#fedcba'))).body.doc as Media
    for (const name of filesOf(stored)) {
      const response = await hub.api.get(`/api/media/file/${name}`).set(auth(editor))
      expect(response.status, name).toBe(200)
      expect(response.headers['content-type']).toBe('image/png')
    }
  })
})

describe('who reads an image', () => {
  let partner: string
  const readers = () =>
    [
      ['anonymous', {}],
      ['a partner', { Authorization: partner }],
    ] as [string, Record<string, string>][]
  const listed = async (id: number, headers: Record<string, string>) =>
    ((await hub.api.get('/api/media?limit=100&depth=0').set(headers)).body.docs ?? []).some((doc: Media) => doc.id === id)
  const newsWith = (title: string, image: number, _status: 'draft' | 'published', scope: Record<string, unknown> = { level: 'national' }) =>
    hub.api
      .post(`/api/news${_status === 'draft' ? '?draft=true' : ''}`)
      .set(auth(editor))
      .send({ title, summary: 'Résumé', category: 'alert', scope, image, _status })

  beforeAll(async () => {
    partner = (await createPartner(hub.payload, 'Images')).authorization
  })

  it('an image for a draft is no reader’s, partner’s or other department’s until a published document shows it', async () => {
    const embargo = (await upload(editor, 'annonce-sous-embargo.png', await png(400, 300, '#0a0a0a'), 'Annonce sous embargo')).body.doc as Media
    const draft = await newsWith('Annonce à venir', embargo.id, 'draft')
    expect(draft.status).toBe(201)
    for (const [who, headers] of readers()) {
      expect((await hub.api.get(`/api/media/${embargo.id}`).set(headers)).status, who).toBe(404)
      expect(await listed(embargo.id, headers), who).toBe(false)
      for (const name of filesOf(embargo)) expect((await hub.api.get(`/api/media/file/${name}`).set(headers)).status, `${who} ${name}`).toBe(404)
      const graphql = await hub.api
        .post('/api/graphql')
        .set(headers)
        .send({ query: `{ Media(id: ${embargo.id}) { alt } }` })
      expect(graphql.body.data?.Media ?? null, who).toBeNull()
    }
    expect((await hub.api.get(`/api/media/${embargo.id}`).set(auth(local35))).status).toBe(404)
    expect((await hub.api.get(`/api/media/file/${embargo.filename}`).set(auth(local35))).status).toBe(404)
    expect((await hub.api.get(`/api/media/${embargo.id}`).set(auth(editor))).status).toBe(200)

    const published = await hub.api.patch(`/api/news/${draft.body.doc.id}`).set(auth(editor)).send({ _status: 'published' })
    expect(published.status).toBe(200)
    for (const [who, headers] of readers()) {
      expect((await hub.api.get(`/api/media/${embargo.id}`).set(headers)).status, who).toBe(200)
      expect(await listed(embargo.id, headers), who).toBe(true)
      expect((await hub.api.get(`/api/media/file/${embargo.filename}`).set(headers)).status, who).toBe(200)
    }
  })

  it('a local editor sees their own uploads before publication, and readers only once published', async () => {
    const own = (await upload(local35, 'forum-rennes.png', await png(40, 30, '#00aa00'), 'Forum à Rennes')).body.doc as Media
    expect((await hub.api.get(`/api/media/${own.id}`).set(auth(local35))).status).toBe(200)
    expect((await hub.api.get(`/api/media/file/${own.filename}`).set(auth(local35))).status).toBe(200)
    expect((await hub.api.get(`/api/media/${own.id}`)).status).toBe(404)
    const item = await hub.api
      .post('/api/news')
      .set(auth(local35))
      .send({
        title: 'Forum',
        summary: 'Résumé',
        category: 'event',
        scope: { level: 'departments', departments: ['35'] },
        image: own.id,
        _status: 'published',
      })
    expect(item.status).toBe(201)
    expect((await hub.api.get(`/api/media/${own.id}`)).status).toBe(200)
  })

  it('an image shown in the rich text of a published sheet is public', async () => {
    const figure = (await upload(editor, 'schema.png', await png(40, 30, '#aa00aa'), 'Schéma')).body.doc as Media
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: figure.id, fields: null }],
      },
    }
    expect((await hub.api.get(`/api/media/${figure.id}`)).status).toBe(404)
    const sheet = await hub.api
      .post('/api/sheets')
      .set(auth(editor))
      .send({ title: 'Fiche illustrée', summary: 'Résumé', themes: ['bank-fraud'], body, _status: 'published' })
    expect(sheet.status, JSON.stringify(sheet.body)).toBe(201)
    expect((await hub.api.get(`/api/media/${figure.id}`)).status).toBe(200)
  })

  it('no client sets who reads an image', async () => {
    const hidden = (await upload(editor, 'cachee.png', await png(40, 30, '#123123'), 'Cachée')).body.doc as Media
    const forced = await hub.api.patch(`/api/media/${hidden.id}`).set(auth(editor)).send({ public: true, uploadedBy: 1 })
    expect(forced.status).toBe(200)
    expect((await hub.api.get(`/api/media/${hidden.id}`)).status).toBe(404)
    const created = await hub.api
      .post('/api/media')
      .set(auth(local35))
      .field('_payload', JSON.stringify({ alt: 'Forcée', public: true }))
      .attach('file', await png(40, 30, '#321321'), { filename: 'forcee.png', contentType: 'image/png' })
    expect(created.status).toBe(201)
    expect((await hub.api.get(`/api/media/${created.body.doc.id}`)).status).toBe(404)
  })
})
