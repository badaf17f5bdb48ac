import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
const parser = new Parser()
const minuteAgo = () => new Date(Date.now() - 60_000).toISOString()

const news = (title: string, scope: News['scope'], extra: Partial<News> = {}) =>
  hub.payload.create({
    collection: 'news',
    data: { title, summary: `Résumé ${title}`, category: 'event', scope, publishedAt: minuteAgo(), _status: 'published', ...extra } as News,
  })

beforeAll(async () => {
  hub = await startHub()
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')
  const image = await hub.payload.create({
    collection: 'media',
    data: { alt: 'Un gendarme' },
    file: { data: png, mimetype: 'image/png', name: 'gendarme.png', size: png.length },
  })
  await news('Nationale', { level: 'national' }, { image: image.id })
  await news('Rennes', { level: 'communes', communes: ['35238'] })
  await news('Loiret', { level: 'departments', departments: ['45'] })
  await news('Expirée', { level: 'national' }, { expiresAt: new Date(Date.now() - 1000).toISOString() })
  await hub.payload.create({
    collection: 'news',
    draft: true,
    data: { title: 'Brouillon', summary: 'x', category: 'event', scope: { level: 'national' }, publishedAt: minuteAgo(), _status: 'draft' },
  })
  const sheet = await hub.payload.create({
    collection: 'sheets',
    data: {
      title: 'Porter plainte en ligne',
      summary: 'Comment faire',
      themes: ['complaint'],
      lastSignificantUpdate: minuteAgo(),
      _status: 'published',
    },
  })
  await hub.payload.update({ collection: 'sheets', id: sheet.id, locale: 'en', data: { title: 'Filing a complaint online' } })
  await hub.payload.create({
    collection: 'sheets',
    data: {
      title: 'Arnaques au faux conseiller',
      summary: 'Les reconnaître',
      themes: ['bank-fraud'],
      lastSignificantUpdate: new Date(Date.now() - 86_400_000).toISOString(),
      _status: 'published',
    },
  })
})
afterAll(async () => {
  await hub?.close()
})

const get = (path: string) =>
  hub.api
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      res.on('end', () => done(null, text))
    })

describe('news feeds', () => {
  it('RSS 2.0 lists national news only, with absolute links, the image as enclosure and the language', async () => {
    const response = await get('/feeds/news.rss')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toContain('application/rss+xml')
    const feed = await parser.parseString(response.body)
    expect(feed.items.map((i) => i.title)).toEqual(['Nationale'])
    expect(feed.language).toBe('fr')
    const [item] = feed.items
    expect(item.link).toBe(`${hub.url}/actualites/nationale`)
    const page = await hub.api.get(new URL(item.link!).pathname)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.text).toContain('<h1>Nationale</h1>')
    expect(item.enclosure?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/gendarme.*\.png$/)
    expect(item.enclosure?.type).toBe('image/png')
    expect(item.contentSnippet ?? item.content).toContain('Résumé Nationale')
  })

  it('Atom 1.0 for a commune: national, its department and itself, newest first', async () => {
    const response = await get('/feeds/news.atom?commune=35238')
    expect(response.headers['content-type']).toContain('application/atom+xml')
    const feed = await parser.parseString(response.body)
    expect(feed.items.map((i) => i.title).sort()).toEqual(['Nationale', 'Rennes'])
    expect(feed.title).toContain('Rennes')
    expect(response.body).toContain('rel="enclosure"')
  })

  it('JSON Feed 1.1 for a department', async () => {
    const response = await get('/feeds/news.json?department=45')
    const feed = JSON.parse(response.body)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe('fr')
    expect(feed.items.map((i: { title: string }) => i.title).sort()).toEqual(['Loiret', 'Nationale'])
    expect(feed.feed_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/news\.json\?department=45$/)
  })

  it('answers 304 to a reader that has the current version, and changes when an editor publishes', async () => {
    const first = await get('/feeds/news.rss')
    const etag = first.headers.etag
    expect(first.headers['cache-control']).toContain('public')
    expect((await hub.api.get('/feeds/news.rss').set('If-None-Match', etag)).status).toBe(304)
    await news('Nouvelle', { level: 'national' })
    const after = await get('/feeds/news.rss').set('If-None-Match', etag)
    expect(after.status).toBe(200)
    expect((await parser.parseString(after.body)).items.map((i) => i.title)).toContain('Nouvelle')
  })

  it('refuses an unknown territory with a 400 naming the parameter', async () => {
    const department = await hub.api.get('/feeds/news.rss?department=999')
    expect(department.status).toBe(400)
    expect(department.body.errors[0].message).toBe('department: unknown department code "999"')
    const commune = await hub.api.get('/feeds/news.atom?commune=99999')
    expect(commune.status).toBe(400)
    expect(commune.body.errors[0].message).toContain('commune: unknown INSEE commune code')
    expect((await hub.api.get('/feeds/news.rss?limit=1000')).body.errors[0].message).toContain('limit')
    expect((await hub.api.get('/feeds/news.xml')).status).toBe(404)
  })
})

describe('editors’ plain text', () => {
  it('reads as text in every format, never as markup', async () => {
    await news('Alerte <script>alert(1)</script> & co', { level: 'national' }, { summary: 'Résumé <img src=x onerror=alert(2)>' })
    const atom = (await get('/feeds/news.atom')).body
    // Atom's titles and summaries are plain text: XML-escaped once, they read as what was typed.
    expect(atom).toContain('<title type="text">Alerte &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>')
    expect(atom).toContain('<summary type="text">Résumé &lt;img src=x onerror=alert(2)&gt;</summary>')
    expect(atom).not.toContain('<script>alert(1)')
    const rss = (await get('/feeds/news.rss')).body
    // RSS descriptions are HTML: escaped as HTML, then as XML.
    expect(rss).toContain('<description>Résumé &amp;lt;img src=x onerror=alert(2)&amp;gt;</description>')
    const json = JSON.parse((await get('/feeds/news.json')).body)
    expect(json.items.map((i: { title: string }) => i.title)).toContain('Alerte <script>alert(1)</script> & co')
  })
})

describe('sheets feeds', () => {
  it('lists published sheets by last significant update, in English with French fallback', async () => {
    const fr = await parser.parseString((await get('/feeds/sheets.rss')).body)
    expect(fr.items.map((i) => i.title)).toEqual(['Porter plainte en ligne', 'Arnaques au faux conseiller'])
    const response = await get('/feeds/sheets.atom?lang=en')
    expect(response.headers['content-language']).toBe('en')
    const en = await parser.parseString(response.body)
    expect(en.items.map((i) => i.title)).toEqual(['Filing a complaint online', 'Arnaques au faux conseiller'])
    expect(en.items[0].link).toBe(`${hub.url}/en/sheets/porter-plainte-en-ligne`)
  })

  it('takes no territory', async () => {
    const response = await hub.api.get('/feeds/sheets.rss?department=35')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('department')
  })
})
