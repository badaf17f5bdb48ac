import robotsParser from 'robots-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News, Unit } from '../payload-types'
import { seed } from '../seed'
import { type Hub, startHub } from './helpers/hub'
import { isSchemaOrgType, schemaOrgErrors } from './helpers/schemaOrg'

let hub: Hub
const minuteAgo = () => new Date(Date.now() - 60_000).toISOString()

const page = async (path: string) => {
  const response = await hub.api.get(path).set('Accept', 'text/html')
  expect(response.status, path).toBe(200)
  return response.text
}
const metas = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'g'))].map((match) => match[1].replaceAll('&amp;', '&'))
const hreflangs = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hrefLang="(\w+)" href="([^"]*)"/g)].map((m) => [m[1], m[2]]))
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]
const jsonLd = (html: string) => {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]))
  expect(blocks).toHaveLength(1)
  return blocks[0] as Record<string, unknown> & { '@type': string }
}
/** The `lang` of the element holding a text, or undefined when it inherits the page's. */
function langOfElement(html: string, tag: string, text: string): string | undefined {
  const attributes = new RegExp(`<${tag}((?: [^>]*)?)>${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`).exec(html)?.[1]
  expect(attributes, `<${tag}> ${text}`).toBeDefined()
  return / lang="(\w+)"/.exec(attributes ?? '')?.[1]
}

let untranslated: string
let translated: string
let unitId: string | number
let newsSlug: string

beforeAll(async () => {
  hub = await startHub()
  await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
  const sheet = (title: string) =>
    hub.payload.create({
      collection: 'sheets',
      data: { title, summary: `Chapô de ${title}`, themes: ['complaint'], lastSignificantUpdate: minuteAgo(), _status: 'published' },
    })
  untranslated = (await sheet('Fiche seulement en français')).slug as string
  const english = await sheet('Fiche traduite')
  translated = english.slug as string
  await hub.payload.update({
    collection: 'sheets',
    id: english.id,
    locale: 'en',
    data: { title: 'Translated sheet', summary: 'Summary in English' },
  })
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')
  const image = await hub.payload.create({
    collection: 'media',
    data: { alt: 'Une patrouille' },
    file: { data: png, mimetype: 'image/png', name: 'patrouille.png', size: png.length },
  })
  const unit = await hub.payload.create({
    collection: 'units',
    data: {
      name: 'Brigade de Bruz',
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      address: { street: '1 rue de la Gare', postcode: '35170', commune: 'Bruz', inseeCode: '35047' },
      location: { latitude: 48.0246, longitude: -1.7458 },
      phone: '02 99 05 11 22',
      openingHours: 'Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00; PH off',
    } as Unit,
  })
  unitId = unit.id
  const news = await hub.payload.create({
    collection: 'news',
    data: {
      title: 'Patrouilles renforcées',
      summary: 'Pendant les vacances',
      category: 'prevention',
      scope: { level: 'communes', communes: ['35047'] },
      image: image.id,
      unit: unit.id,
      publishedAt: minuteAgo(),
      _status: 'published',
    } as News,
  })
  newsSlug = news.slug as string
})
afterAll(async () => {
  await hub?.close()
})

describe('structured data on reader pages', () => {
  it('describes a unit as a police station with its address, position and hours from the hub’s hours', async () => {
    const data = jsonLd(await page(`/unites/${unitId}`))
    expect(schemaOrgErrors(data)).toEqual([])
    expect(data).toMatchObject({
      '@type': 'PoliceStation',
      name: 'Brigade de Bruz',
      url: `${hub.url}/unites/${unitId}`,
      telephone: '+33299051122',
      address: { '@type': 'PostalAddress', streetAddress: '1 rue de la Gare', postalCode: '35170', addressLocality: 'Bruz', addressCountry: 'FR' },
      geo: { '@type': 'GeoCoordinates', latitude: 48.0246, longitude: -1.7458 },
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'Gendarmerie nationale' },
    })
    expect(data.openingHoursSpecification).toEqual(
      expect.arrayContaining([
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
          opens: '08:00',
          closes: '12:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
          opens: '14:00',
          closes: '18:00',
        },
      ]),
    )
    expect(data.openingHoursSpecification).toHaveLength(2)
  })

  it('gives every unit of the demo a valid description: police stations, government offices, places', async () => {
    const { docs } = await hub.payload.find({ collection: 'units', where: { status: { equals: 'active' } }, limit: 50, depth: 0 })
    const types = new Set<string>()
    for (const unit of docs) {
      for (const path of [`/unites/${unit.id}`, `/en/units/${unit.id}`]) {
        const data = jsonLd(await page(path))
        expect(schemaOrgErrors(data), path).toEqual([])
        types.add(`${unit.kind}:${data['@type']}`)
      }
    }
    expect(types).toContain('police-station:PoliceStation')
    expect(types).toContain('victim-support:GovernmentOffice')
    const roundTheClock = docs.find((unit) => unit.openingHours === '24/7')
    if (roundTheClock) {
      const data = jsonLd(await page(`/unites/${roundTheClock.id}`))
      expect(data.openingHoursSpecification).toEqual([
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
          opens: '00:00',
          closes: '23:59',
        },
      ])
    }
  })

  it('describes every published service as a government service', async () => {
    const { docs } = await hub.payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, limit: 100, depth: 0 })
    expect(docs.length).toBeGreaterThan(5)
    for (const service of docs) {
      const data = jsonLd(await page(`/demarches/${service.slug}`))
      expect(schemaOrgErrors(data), service.slug ?? '').toEqual([])
      expect(data).toMatchObject({ '@type': 'GovernmentService', name: service.name, url: `${hub.url}/demarches/${service.slug}` })
    }
  })

  it('describes a news item as a news article with its image at its public address, and a sheet as a web page', async () => {
    const article = jsonLd(await page(`/actualites/${newsSlug}`))
    expect(schemaOrgErrors(article)).toEqual([])
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Patrouilles renforcées',
      inLanguage: 'fr',
      author: { '@type': 'GovernmentOrganization', name: 'Brigade de Bruz' },
      image: { '@type': 'ImageObject', url: expect.stringMatching(new RegExp(`^${hub.url}/media/patrouille`)) },
    })
    for (const slug of [untranslated, translated]) {
      for (const path of [`/fiches/${slug}`, `/en/sheets/${slug}`]) {
        const data = jsonLd(await page(path))
        expect(schemaOrgErrors(data), path).toEqual([])
        expect(data['@type']).toBe('WebPage')
      }
    }
  })

  it('is checked by a checker that catches what schema.org does not define', () => {
    expect(isSchemaOrgType('PoliceStation')).toBe(true)
    expect(schemaOrgErrors({ '@context': 'https://schema.org', '@type': 'PoliceStation', name: 'x', openingHours: 'Mo-Fr 08:00-18:00' })).toEqual([])
    expect(schemaOrgErrors({ '@context': 'https://schema.org', '@type': 'PoliceStaton', name: 'x' })).toEqual([
      '$: PoliceStaton is not a schema.org type',
    ])
    expect(schemaOrgErrors({ '@context': 'https://schema.org', '@type': 'PoliceStation', headline: 'x' })).toEqual([
      '$.headline: not a property of PoliceStation',
    ])
    expect(schemaOrgErrors({ '@type': 'Place', geo: { '@type': 'PostalAddress', addressLocality: 'x' } })[0]).toContain('geo takes')
    expect(
      schemaOrgErrors({ '@type': 'Place', openingHoursSpecification: { '@type': 'OpeningHoursSpecification', dayOfWeek: 'Lundi', opens: '8h' } }),
    ).toHaveLength(2)
  })
})

describe('languages', () => {
  it('an English page of an untranslated sheet says its French texts are French, and names no English version', async () => {
    const html = await page(`/en/sheets/${untranslated}`)
    expect(html).toContain('<html lang="en">')
    expect(langOfElement(html, 'h1', 'Fiche seulement en français')).toBe('fr')
    expect(langOfElement(html, 'p', 'Chapô de Fiche seulement en français')).toBe('fr')
    expect(hreflangs(html)).toEqual({})
    expect(canonical(html)).toBe(`${hub.url}/fiches/${untranslated}`)
    expect(metas(html, 'og:locale')).toEqual(['fr_FR'])
    expect(metas(html, 'og:locale:alternate')).toEqual([])
    expect(jsonLd(html).inLanguage).toBe('fr')
    const french = await page(`/fiches/${untranslated}`)
    expect(hreflangs(french)).toEqual({})
    expect(metas(french, 'og:locale')).toEqual(['fr_FR'])
    expect(langOfElement(french, 'h1', 'Fiche seulement en français')).toBeUndefined()
  })

  it('a translated sheet names both versions, each with its own locale', async () => {
    const html = await page(`/en/sheets/${translated}`)
    expect(langOfElement(html, 'h1', 'Translated sheet')).toBeUndefined()
    expect(hreflangs(html)).toEqual({ fr: `${hub.url}/fiches/${translated}`, en: `${hub.url}/en/sheets/${translated}` })
    expect(canonical(html)).toBe(`${hub.url}/en/sheets/${translated}`)
    expect(metas(html, 'og:locale')).toEqual(['en_GB'])
    expect(metas(html, 'og:locale:alternate')).toEqual(['fr_FR'])
    expect(jsonLd(html).inLanguage).toBe('en')
    const french = await page(`/fiches/${translated}`)
    expect(metas(french, 'og:locale')).toEqual(['fr_FR'])
    expect(metas(french, 'og:locale:alternate')).toEqual(['en_GB'])
  })

  it('a unit’s English page is English, with its French name marked as French', async () => {
    const html = await page(`/en/units/${unitId}`)
    expect(langOfElement(html, 'h1', 'Brigade de Bruz')).toBe('fr')
    expect(hreflangs(html)).toEqual({ fr: `${hub.url}/unites/${unitId}`, en: `${hub.url}/en/units/${unitId}` })
    expect(metas(html, 'og:locale')).toEqual(['en_GB'])
  })

  it('the sitemap lists an English page only where a translation exists', async () => {
    const index = (await hub.api.get('/sitemap.xml')).text
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
    const read = async (kind: string) =>
      (await Promise.all(parts.filter((part) => part.startsWith(`/sitemaps/${kind}-`)).map(async (part) => (await hub.api.get(part)).text))).join(
        '\n',
      )
    const sheets = await read('sheets')
    expect(sheets).toContain(`<loc>${hub.url}/fiches/${untranslated}</loc>`)
    expect(sheets).not.toContain(`${hub.url}/en/sheets/${untranslated}`)
    expect(sheets).toContain(`<loc>${hub.url}/en/sheets/${translated}</loc>`)
    expect(await read('units')).toContain(`<loc>${hub.url}/en/units/${unitId}</loc>`)
  })
})

describe('link previews', () => {
  it('fetch a news item’s image at a public address that robots.txt allows', async () => {
    const html = await page(`/actualites/${newsSlug}`)
    const [image] = metas(html, 'og:image')
    expect(image).toMatch(new RegExp(`^${hub.url}/media/patrouille[^/]*\\.png$`))
    const robots = robotsParser(`${hub.url}/robots.txt`, (await hub.api.get('/robots.txt')).text)
    expect(robots.isAllowed(image, 'facebookexternalhit')).toBe(true)
    const file = await hub.api.get(new URL(image).pathname)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect((await hub.api.get('/media/nothing-here.png')).status).toBe(404)
    // An escaped slash in a path is refused before any file is looked for.
    expect((await hub.api.get('/media/..%2Fsecret.png')).status).toBe(400)
  })

  it('a replaced image is purged from its public address', async () => {
    const html = await page(`/actualites/${newsSlug}`)
    const path = new URL(metas(html, 'og:image')[0]).pathname
    const first = await hub.api.get(path)
    expect(first.status).toBe(200)
    const { docs } = await hub.payload.find({ collection: 'media', where: { alt: { equals: 'Une patrouille' } }, limit: 1, depth: 0 })
    await hub.payload.delete({ collection: 'media', id: docs[0].id })
    expect((await hub.api.get(path)).status).toBe(404)
  })
})
