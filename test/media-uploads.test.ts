import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../payload-types'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

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
    const served = await hub.api.get(`/api/media/file/${national.filename}`).buffer(true)
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
    for (const name of ['nothing.png', stored.filename as string, '%00.png', 'a%0Ab.png', '%7F.png']) {
      const response = await hub.api.get(`/api/media/file/${name}`)
      expect(response.status, name).toBe(404)
    }
    // Payload refuses a path that climbs out of the folder before looking for it.
    expect((await hub.api.get('/api/media/file/x%5C..%5Cy.png')).status).toBe(403)
    const response = await hub.api.get('/api/media/file/nothing.png')
    expect(response.body.detail ?? response.body.errors?.[0]?.message).toBe('filename: no image file is named "nothing.png"')
  })

  it('still serves stored files and their sizes', async () => {
    const stored = (await upload(editor, 'servie.png', await png(400, 300, '#fedcba'))).body.doc as Media
    for (const name of filesOf(stored)) {
      const response = await hub.api.get(`/api/media/file/${name}`)
      expect(response.status, name).toBe(200)
      expect(response.headers['content-type']).toBe('image/png')
    }
  })
})
