import fc from 'fast-check'
import robotsParser from 'robots-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { atom } from '../plugins/syndication/atom'
import type { FeedDocument, FeedEntry } from '../plugins/syndication/feedDocument'
import { jsonFeed } from '../plugins/syndication/jsonFeed'
import { rss } from '../plugins/syndication/rss'
import { escapeHtml } from '../src/lib/escapeHtml'
import { atomRules, atomSchema, rssSchema, toolAvailable, xmllint, xpathString } from './helpers/debianTools'
import { type Hub, startHub } from './helpers/hub'

const run = toolAvailable('xmllint', 'libxml2-utils', 'the feed validity tests')

/** Characters XML 1.0 cannot carry, even escaped: a feed drops them. */
// eslint-disable-next-line no-control-regex -- XML 1.0's Char production (§2.2)
const notXml = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
/** What an XML parser gives back of a text: line ends normalised (XML 1.0 §2.11). */
const asText = (value: string) => value.replace(notXml, '').replace(/\r\n?/g, '\n')
/** And of an attribute value: its whitespace characters become spaces (XML 1.0 §3.3.3). */
const asAttribute = (value: string) => asText(value).replace(/[\t\n]/g, ' ')

/** What editors may type or paste: markup, entities, CDATA ends, quotes, control characters, emoji. */
const typed = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        ']]>',
        '&amp;',
        '&foo;',
        '&#0;',
        '&#x1F600;',
        '<![CDATA[',
        '\u0000',
        '\u0001',
        '\u001f',
        '\r\n',
        '\r',
        '\t',
        '\uFFFE',
        '\uD800',
        '😀',
        'Police & gendarmerie',
      ),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''))

type EntryInput = { title: string; summary: string; alt: string; label: string; lang: 'fr' | 'en'; image: boolean }

const entry: fc.Arbitrary<EntryInput> = fc.record({
  title: typed,
  summary: typed,
  alt: typed,
  label: typed,
  lang: fc.constantFrom('fr' as const, 'en' as const),
  image: fc.boolean(),
})

function feedOf(items: EntryInput[]): FeedDocument {
  const entries = items.map((item, i): FeedEntry => ({
    id: `http://hub.example/api/news/${i}`,
    link: `http://hub.example/actualites/item-${i}`,
    title: { text: item.title, lang: item.lang },
    summary: { text: item.summary, lang: 'fr' },
    content: { html: `<p>${escapeHtml(item.summary)}</p>`, lang: item.lang },
    published: new Date(Date.UTC(2026, 0, 1 + i)),
    updated: new Date(Date.UTC(2026, 0, 2 + i)),
    categories: [{ term: 'alert', label: item.label }],
    image: item.image ? { url: `http://hub.example/media/image-${i}.png`, type: 'image/png', length: 1234, alt: item.alt } : undefined,
  }))
  return {
    id: 'http://hub.example/feeds/news.atom',
    title: 'Relais · Actualités',
    lang: 'fr',
    link: 'http://hub.example/',
    self: { rss: 'http://hub.example/feeds/news.rss', atom: 'http://hub.example/feeds/news.atom', json: 'http://hub.example/feeds/news.json' },
    updated: new Date(Date.UTC(2026, 0, 10)),
    author: { name: 'Ministère de l’Intérieur', uri: 'http://hub.example/' },
    rights: 'Licence Ouverte 2.0',
    entries,
  }
}

const atomEntry = (i: number) => `/*[local-name()="feed"]/*[local-name()="entry"][${i + 1}]`
const rssItem = (i: number) => `/rss/channel/item[${i + 1}]`

describe.runIf(run)('feeds of anything editors type', () => {
  it('are well-formed and valid RSS 2.0 and Atom (RFC 4287), and read back exactly what was typed', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), (items) => {
        const feed = feedOf(items)
        const atomXml = atom(feed)
        const rssXml = rss(feed)
        expect(xmllint(atomXml, ['--relaxng', atomSchema])).toMatchObject({ valid: true })
        expect(xmllint(atomXml, ['--schematron', atomRules])).toMatchObject({ valid: true })
        expect(xmllint(rssXml, ['--relaxng', rssSchema])).toMatchObject({ valid: true })
        const i = items.length - 1
        const item = items[i]
        expect(xpathString(atomXml, `${atomEntry(i)}/*[local-name()="title"]`)).toBe(asText(item.title))
        expect(xpathString(atomXml, `${atomEntry(i)}/*[local-name()="summary"]`)).toBe(asText(item.summary))
        expect(xpathString(atomXml, `${atomEntry(i)}/*[local-name()="category"]/@term`)).toBe('alert')
        if (asText(item.label).trim()) expect(xpathString(atomXml, `${atomEntry(i)}/*[local-name()="category"]/@label`)).toBe(asAttribute(item.label))
        if (item.image && asText(item.alt).trim())
          expect(xpathString(atomXml, `${atomEntry(i)}/*[local-name()="link"][@rel="enclosure"]/@title`)).toBe(asAttribute(item.alt))
        expect(xpathString(rssXml, `${rssItem(i)}/title`)).toBe(asText(item.title))
        if (asText(item.label).trim()) expect(xpathString(rssXml, `${rssItem(i)}/category`)).toBe(asText(item.label))
        // RSS descriptions are HTML: the summary is there as escaped text.
        expect(xpathString(rssXml, `${rssItem(i)}/description`)).toBe(asText(escapeHtml(item.summary)))
        const json = JSON.parse(jsonFeed(feed))
        expect(json.items[i].title).toBe(item.title)
      }),
      { numRuns: 50 },
    )
  })

  it('keep the alt text « Police & gendarmerie » of an image as the enclosure’s title', () => {
    const feed = feedOf([{ title: 't', summary: 's', alt: 'Police & gendarmerie <nationales>', label: 'Alerte', lang: 'fr', image: true }])
    const xml = atom(feed)
    expect(xmllint(xml)).toMatchObject({ valid: true })
    expect(xml).toContain('title="Police &amp; gendarmerie &lt;nationales&gt;"')
  })
})

let hub: Hub

describe.runIf(run)('the hub’s feeds', () => {
  const minuteAgo = () => new Date(Date.now() - 60_000).toISOString()
  let imageFile: string

  beforeAll(async () => {
    hub = await startHub()
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')
    const image = await hub.payload.create({
      collection: 'media',
      data: { alt: 'Police & gendarmerie <nationales> "ensemble"' },
      file: { data: png, mimetype: 'image/png', name: 'police.png', size: png.length },
    })
    imageFile = image.filename as string
    const create = (title: string, scope: News['scope'], extra: Partial<News> = {}) =>
      hub.payload.create({
        collection: 'news',
        data: {
          title,
          summary: `Résumé de ${title} & co`,
          category: 'alert',
          scope,
          publishedAt: minuteAgo(),
          _status: 'published',
          ...extra,
        } as News,
      })
    await create('Arnaques ]]> & <faux> « conseillers »', { level: 'national' }, { image: image.id })
    await create('Rennes \u0001 en fête', { level: 'communes', communes: ['35238'] })
    const sheet = await hub.payload.create({
      collection: 'sheets',
      data: {
        title: 'Porter plainte',
        summary: 'Comment & pourquoi',
        themes: ['complaint', 'bank-fraud'],
        lastSignificantUpdate: minuteAgo(),
        _status: 'published',
      },
    })
    await hub.payload.update({ collection: 'sheets', id: sheet.id, locale: 'en', data: { title: 'Filing a complaint' } })
  })
  afterAll(async () => {
    await hub?.close()
  })

  const paths = ['news.atom', 'news.atom?lang=en', 'news.atom?commune=35238', 'sheets.atom', 'sheets.atom?lang=en']
  it.each(paths)('/feeds/%s is valid Atom (RFC 4287): author, a term on every category, one enclosure per image', async (path) => {
    const { text, status } = await hub.api.get(`/feeds/${path}`)
    expect(status).toBe(200)
    expect(xmllint(text, ['--relaxng', atomSchema]), text).toMatchObject({ valid: true })
    expect(xmllint(text, ['--schematron', atomRules]), text).toMatchObject({ valid: true })
    expect(xpathString(text, 'count(/*[local-name()="feed"]/*[local-name()="author"])')).toBe('1')
    expect(xpathString(text, 'count(//*[local-name()="category"][not(@term) or @term=""])')).toBe('0')
    expect(xpathString(text, 'count(//*[local-name()="entry"][count(*[local-name()="link"][@rel="enclosure"]) > 1])')).toBe('0')
  })

  it.each(paths.map((path) => path.replace('.atom', '.rss')))('/feeds/%s is valid RSS 2.0', async (path) => {
    const { text, status } = await hub.api.get(`/feeds/${path}`)
    expect(status).toBe(200)
    expect(xmllint(text, ['--relaxng', rssSchema]), text).toMatchObject({ valid: true })
  })

  it('gives an image at a public address robots.txt lets crawlers fetch, with its alt text', async () => {
    const atomXml = (await hub.api.get('/feeds/news.atom')).text
    const enclosure = xpathString(atomXml, '//*[local-name()="link"][@rel="enclosure"]/@href')
    expect(enclosure).toMatch(new RegExp(`^${hub.url}/media/police[^/]*\\.png$`))
    expect(xpathString(atomXml, '//*[local-name()="link"][@rel="enclosure"]/@title')).toBe('Police & gendarmerie <nationales> "ensemble"')
    const rssXml = (await hub.api.get('/feeds/news.rss')).text
    expect(xpathString(rssXml, 'count(//item/enclosure)')).toBe('1')
    expect(xpathString(rssXml, '//item/enclosure/@url')).toBe(enclosure)
    const json = JSON.parse((await hub.api.get('/feeds/news.json')).text)
    expect(json.items.find((item: { image?: string }) => item.image)?.image).toBe(enclosure)

    const robots = robotsParser(`${hub.url}/robots.txt`, (await hub.api.get('/robots.txt')).text)
    expect(robots.isAllowed(enclosure, 'Googlebot')).toBe(true)
    expect(robots.isAllowed(`${hub.url}/api/media/file/${imageFile}`, 'Googlebot')).toBe(false)
    const file = await hub.api.get(new URL(enclosure).pathname).buffer(true)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.headers['cache-control']).toMatch(/^public/)
    expect(file.headers['surrogate-key']).toContain(`media-file:${new URL(enclosure).pathname.slice('/media/'.length)}`)
  })

  it('marks an untranslated item of an English feed as French', async () => {
    const atomXml = (await hub.api.get('/feeds/news.atom?lang=en')).text
    expect(xpathString(atomXml, '/*[local-name()="feed"]/@xml:lang')).toBe('en')
    expect(xpathString(atomXml, '//*[local-name()="entry"][1]/@xml:lang')).toBe('fr')
    const sheets = (await hub.api.get('/feeds/sheets.atom?lang=en')).text
    expect(xpathString(sheets, '//*[local-name()="entry"][*[local-name()="title"]="Filing a complaint"]/@xml:lang')).toBe('')
    expect(xpathString(sheets, '//*[local-name()="entry"][*[local-name()="title"]="Filing a complaint"]/*[local-name()="summary"]/@xml:lang')).toBe(
      'fr',
    )
    const json = JSON.parse((await hub.api.get('/feeds/sheets.json?lang=en')).text)
    expect(json.language).toBe('en')
    expect(json.items[0]).toMatchObject({ title: 'Filing a complaint', language: 'en' })
  })
})
