import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seed } from '../seed'
import { readCatalogue } from '../seed/readCatalogue'
import { visibleNewsWhere } from '../src/access/publicReads'
import { listCommunes } from '../src/lib/territories'
import { createPeople, newsData, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
const catalogue = readCatalogue()

const page = (path: string) => hub.api.get(path).set('Accept', 'text/html')
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1]
const link = (html: string, rel: string, hreflang?: string) =>
  new RegExp(`<link rel="${rel}"${hreflang ? ` hrefLang="${hreflang}"` : ''} href="([^"]*)"`).exec(html)?.[1]

beforeAll(async () => {
  hub = await startHub()
  await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
  await createPeople(hub.payload)
})
afterAll(async () => {
  await hub?.close()
})

describe('a practical sheet', () => {
  const sheet = catalogue.sheets[0]

  it('shows its body, last significant update, official sources and related services, with canonical and language links', async () => {
    const response = await page(`/fiches/${sheet.slug}`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.text).toContain(`<h1>${sheet.title}</h1>`)
    expect(response.text).toMatch(/Dernière mise à jour importante\s: <time dateTime="\d{4}-\d{2}-\d{2}/)
    for (const source of sheet.sources) expect(response.text).toContain(`href="${source.url}"`)
    expect(response.text).toMatch(new RegExp(`href="${hub.url}/demarches/[a-z0-9-]+"`))
    expect(link(response.text, 'canonical')).toBe(`${hub.url}/fiches/${sheet.slug}`)
    expect(link(response.text, 'alternate', 'en')).toBe(`${hub.url}/en/sheets/${sheet.slug}`)
    expect(meta(response.text, 'og:title')).toBe(sheet.title)
    expect(response.headers['surrogate-key']).toContain(`sheet:`)
    expect(response.headers['cache-control']).toMatch(/^public, /)
    expect(response.headers['content-security-policy']).toContain("default-src 'none'")
    // No script runs: the only script element is structured data (JSON-LD), which browsers do not execute.
    expect(response.text).not.toMatch(/<script(?! type="application\/ld\+json")/)
    expect(response.headers['set-cookie']).toBeUndefined()
  })

  it('writes English typography on English pages and French on French ones', async () => {
    const slug = readCatalogue().sheets[0].slug
    const english = await page(`/en/sheets/${slug}`)
    expect(english.text).toMatch(/Last significant update: <time/)
    // The page's own words; a text not yet translated keeps its French, typography included.
    expect(english.text).not.toMatch(/(update|Topics)[\s\u00a0]:/)
    expect((await page(`/fiches/${slug}`)).text).toMatch(/Dernière mise à jour importante\u00a0: <time/)
  })

  it('is in English at its English address, with French where no translation exists', async () => {
    const response = await page(`/en/sheets/${sheet.slug}`)
    expect(response.status).toBe(200)
    expect(response.text).toContain('<html lang="en">')
    expect(response.text).toContain('Last significant update')
    expect(response.text).toContain(`<h1>${sheet.en?.title ?? sheet.title}</h1>`)
  })
})

describe('a news item', () => {
  it('shows its scope, dates, issuing unit and image, while it is shown to readers', async () => {
    const response = await page('/actualites/demo-permanence-aide-victimes-rennes')
    expect(response.status).toBe(200)
    expect(response.text).toMatch(/Diffusion\s: Rennes/)
    expect(response.text).toMatch(/Publiée le <time/)
  })

  it('never renders a draft, even for an editor, and answers 410 once expired, 404 when unknown', async () => {
    const token = await hub.login(people.editor.email, password)
    const draft = await hub.payload.create({
      collection: 'news',
      draft: true,
      data: newsData('Brouillon de page', { level: 'national' }, { _status: 'draft' }),
    })
    expect((await page(`/actualites/${draft.slug}`)).status).toBe(404)
    expect((await page(`/actualites/${draft.slug}`).set('Authorization', `JWT ${token}`)).status).toBe(404)

    const shown = await hub.payload.create({
      collection: 'news',
      data: newsData('Bientôt expirée', { level: 'national' }, { expiresAt: new Date(Date.now() + 1500).toISOString() }),
    })
    expect((await page(`/actualites/${shown.slug}`)).status).toBe(200)
    await vi.waitFor(async () => expect((await page(`/actualites/${shown.slug}`)).status).toBe(410), { timeout: 4000, interval: 100 })
    const gone = await page(`/actualites/${shown.slug}`)
    expect(gone.headers['cache-control']).toBe('no-store')
    expect(gone.text).toContain('<meta name="robots" content="noindex"/>')
    expect((await page('/actualites/jamais-vue')).status).toBe(404)
  })

  it('disappears as soon as it is unpublished', async () => {
    const item = await hub.payload.create({ collection: 'news', data: newsData('Retirée bientôt', { level: 'departments', departments: ['35'] }) })
    expect((await page(`/actualites/${item.slug}`)).status).toBe(200)
    await hub.payload.update({ collection: 'news', id: item.id, data: { _status: 'draft' } })
    expect((await page(`/actualites/${item.slug}`)).status).toBe(404)
  })

  it('escapes what editors typed', async () => {
    const item = await hub.payload.create({ collection: 'news', data: newsData('Titre <script>alert(1)</script>', { level: 'national' }) })
    const response = await page(`/actualites/${item.slug}`)
    expect(response.text).toContain('Titre &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(response.text).not.toContain('<script>alert(1)')
  })
})

describe('an online service', () => {
  it('shows what it covers and does not, its channels, who it is for and a button to the official service', async () => {
    const service = catalogue.services.find((s) => s.slug === 'thesee')!
    const response = await page('/demarches/thesee')
    expect(response.status).toBe(200)
    expect(response.text).toContain(`<a class="button" href="${service.url}">Accéder au service</a>`)
    expect(response.text).toContain('Ce que couvre ce service')
    expect(response.text).toContain('Comment y accéder')
  })

  it('points a replaced service to its successor', async () => {
    const replaced = catalogue.services.find((s) => s.status === 'replaced')!
    const response = await page(`/demarches/${replaced.slug}`)
    expect(response.status).toBe(200)
    expect(response.text).toMatch(new RegExp(`Ce service est remplacé par <a href="${hub.url}/demarches/${replaced.replacedBy}">`))
    expect(response.text).not.toContain('class="button"')
  })
})

describe('a unit', () => {
  it('shows its address, a readable phone number, this week’s hours in French time, open now, and its services', async () => {
    const { docs } = await hub.payload.find({ collection: 'units', where: { name: { like: 'Commissariat de police de Rennes' } }, limit: 1 })
    const unit = docs[0]
    const response = await page(`/unites/${unit.id}`)
    expect(response.status).toBe(200)
    // French pages write a French number as French signs do; English pages internationally.
    expect(unit.phone).toMatch(/^\+33 /)
    expect(response.text).toContain(`<strong>${unit.phone!.replace(/^\+33 /, '0')}</strong>`)
    expect((await page(`/en/units/${unit.id}`)).text).toContain(`<strong>${unit.phone}</strong>`)
    expect(response.text).toContain('Horaires de la semaine (heure de Paris)')
    expect(response.text).toMatch(/Ouvert en ce moment|Fermé en ce moment/)
    expect(response.headers['cache-control']).toMatch(/s-maxage=\d+/)
    expect((await page('/unites/999999')).status).toBe(404)
    expect((await page('/unites/1%27%20OR%201=1')).status).toBe(404)
  })

  it('says a station open round the clock is open « 24 h/24 », not « 00:00–24:00 », in both languages and in the units widget', async () => {
    const { docs } = await hub.payload.find({ collection: 'units', where: { name: { like: 'Commissariat de police de Rennes' } }, limit: 1 })
    await hub.payload.update({ collection: 'units', id: docs[0].id, data: { openingHours: '24h/24' } })
    const french = await page(`/unites/${docs[0].id}`)
    expect(french.text).toContain('24 h/24')
    expect(french.text).not.toContain('00:00–24:00')
    expect((await page(`/en/units/${docs[0].id}`)).text).toContain('24 hours')
    const widget = await hub.api.get('/embed/v1/data/units?commune=35238&lang=fr')
    const station = (widget.body.items as { name: string; todayHours: string[] }[]).find((item) => item.name === docs[0].name)
    expect(station?.todayHours).toEqual(['24 h/24'])
  })

  it('is not shown once closed', async () => {
    const { docs } = await hub.payload.find({ collection: 'units', where: { name: { like: 'Brigade de gendarmerie de Bruz' } }, limit: 1 })
    await hub.payload.update({ collection: 'units', id: docs[0].id, data: { status: 'closed' } })
    expect((await page(`/unites/${docs[0].id}`)).status).toBe(404)
  })
})

describe('a commune', () => {
  it('shows the services available there, the units serving it with their hours, and its news', async () => {
    const response = await page('/communes/35238')
    expect(response.status).toBe(200)
    expect(response.text).toContain('<h1>Sécurité à Rennes</h1>')
    expect(response.text).toContain('Commissariat de police de Rennes (démo)')
    expect(response.text).toContain('Rennes : permanence du bureau d’aide aux victimes')
    expect(response.text).toContain('Démarches en ligne disponibles')
    expect(response.headers['surrogate-key']).toContain('commune:35238')
    expect((await page('/communes/99999')).status).toBe(404)
  })
})

describe('the sitemap', () => {
  const communeCodes = listCommunes()
    .map((commune) => commune.code)
    .sort()
  const locations = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}><loc>([^<]+)</loc>`, 'g'))].map((m) => m[1])

  it('is an index of parts that together list every reader page in both languages, and nothing unpublished', async () => {
    const index = await hub.api.get('/sitemap.xml')
    expect(index.headers['content-type']).toBe('application/xml; charset=utf-8')
    expect(index.text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    const parts = locations(index.text, 'sitemap')
    expect(parts).toContain(`${hub.url}/sitemaps/sheets-1.xml`)
    expect(parts).toContainEqual(expect.stringMatching(new RegExp(`^${hub.url}/sitemaps/news-\\d{4}-1\\.xml$`)))
    // The commune holding 35238 rather than all of the ~35 parts of communes.
    const communePart = Math.floor(communeCodes.indexOf('35238') / 1000) + 1
    const read = parts.filter((url) => !url.includes('/communes-') || url.endsWith(`/communes-${communePart}.xml`))
    const bodies = await Promise.all(read.map(async (url) => (await hub.api.get(new URL(url).pathname)).text))
    const body = bodies.join('\n')
    expect(body).toContain(`<loc>${hub.url}/fiches/${catalogue.sheets[0].slug}</loc>`)
    expect(body).toContain(`<loc>${hub.url}/en/sheets/${catalogue.sheets[0].slug}</loc>`)
    expect(body).toContain(`<loc>${hub.url}/communes/35238</loc>`)
    expect(body).toContain(`hreflang="en" href="${hub.url}/en/services/thesee"`)
    expect(body).toMatch(new RegExp(`<loc>${hub.url}/unites/\\d+</loc>`))
    expect(body).not.toContain('brouillon')
    const robots = await hub.api.get('/robots.txt')
    expect(robots.text).toContain(`Sitemap: ${hub.url}/sitemap.xml`)
  })

  it('holds at most 1,000 pages (2,000 URLs) a part: every commune, in code order, over as many parts as needed', async () => {
    const index = await hub.api.get('/sitemap.xml')
    const communeParts = locations(index.text, 'sitemap').filter((url) => url.includes('/sitemaps/communes-'))
    expect(communeParts.length).toBeGreaterThan(30)
    const first = await hub.api.get('/sitemaps/communes-1.xml')
    expect(first.status).toBe(200)
    expect(first.headers['surrogate-key']).toContain('communes')
    const urls = locations(first.text, 'url')
    expect(urls).toHaveLength(2000)
    expect(urls[0]).toBe(`${hub.url}/communes/01001`)
    const last = await hub.api.get(new URL(communeParts.at(-1)!).pathname)
    expect(locations(last.text, 'url').length).toBeGreaterThan(0)
    expect(locations(last.text, 'url').length).toBeLessThanOrEqual(2000)
    const beyond = await hub.api.get(`/sitemaps/communes-${communeParts.length + 1}.xml`)
    expect(beyond.status).toBe(404)
    expect((await hub.api.get('/sitemaps/drafts-1.xml')).status).toBe(404)
    expect((await hub.api.get('/sitemaps/news-0.xml')).status).toBe(404)
  })

  it('lists news by year of publication, each year in its own parts, and names no year for other kinds', async () => {
    const old = await Promise.all(
      [2019, 2021].map((year) =>
        hub.payload.create({
          collection: 'news',
          data: newsData(`Actualité de ${year}`, { level: 'national' }, { publishedAt: `${year}-06-15T08:00:00.000Z` }),
        }),
      ),
    )
    const parts = locations((await hub.api.get('/sitemap.xml')).text, 'sitemap')
      .map((url) => new URL(url).pathname)
      .filter((path) => path.startsWith('/sitemaps/news-'))
    // No news of 2020: no part for it.
    expect(parts.slice(0, 2)).toEqual(['/sitemaps/news-2019-1.xml', '/sitemaps/news-2021-1.xml'])
    const of2019 = await hub.api.get('/sitemaps/news-2019-1.xml')
    expect(locations(of2019.text, 'url')).toEqual([`${hub.url}/actualites/${old[0].slug}`])
    const all = (await Promise.all(parts.map(async (path) => (await hub.api.get(path)).text))).join('\n')
    const shown = await hub.payload.count({ collection: 'news', where: visibleNewsWhere() })
    expect(locations(all, 'url').filter((url) => url.includes('/actualites/'))).toHaveLength(shown.totalDocs)
    for (const path of ['/sitemaps/news-1.xml', '/sitemaps/news-2020-1.xml', '/sitemaps/sheets-2019-1.xml']) {
      expect((await hub.api.get(path)).status, path).toBe(404)
    }
    await Promise.all(old.map((item) => hub.payload.delete({ collection: 'news', id: item.id })))
  })
})
