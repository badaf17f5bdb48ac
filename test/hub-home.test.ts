import { configToSchema } from '@payloadcms/graphql'
import { type GraphQLSchema, isNonNullType, parse, validate } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { examples } from '../plugins/hubHome/examples'
import { seed } from '../seed'
import { browserAvailable, launchBrowser, seriousViolations, watchErrors } from './helpers/browser'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let schema: GraphQLSchema
let docs: string
let docsEn: string

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replaceAll('&amp;', '&'))
const documentedQueries = (html: string) => [...html.matchAll(/id="query-([^"]+)"/g)].map((match) => match[1])
/** The part of the documentation about one query. */
const querySection = (html: string, name: string) => html.slice(html.indexOf(`id="query-${name}"`)).split('</section>')[0]

beforeAll(async () => {
  hub = await startHub({ browserPort: true })
  await seed(hub.payload, { demo: true, demoPassword: 'demo-password' })
  schema = configToSchema(hub.config).schema
  docs = (await hub.api.get('/docs/graphql').expect(200)).text
  docsEn = (await hub.api.get('/en/docs/graphql').expect(200)).text
})
afterAll(async () => {
  await hub?.close()
})

describe('the home page', () => {
  it('says what the hub is, in French, and leads to everything it serves', async () => {
    const response = await hub.api.get('/').expect(200)
    expect(response.headers['content-type']).toContain('text/html')
    expect(response.text).toContain('<html lang="fr">')
    const links = hrefs(response.text)
    for (const expected of [
      '/admin',
      '/embed',
      '/feeds/news.rss',
      '/feeds/sheets.atom',
      '/docs/graphql',
      '/api/graphql-playground',
      '/api/services',
    ]) {
      expect(links).toContain(expected)
    }
    expect(links).toContain(`${hub.url}/demarches/operation-tranquillite-vacances`)
    expect(links.some((link) => link.startsWith(`${hub.url}/fiches/`))).toBe(true)
  })

  it('gives link previews its title, description, address and language (Open Graph)', async () => {
    const { text } = await hub.api.get('/').expect(200)
    const meta = (property: string) =>
      [...text.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'g'))].map((match) => match[1].replaceAll('&amp;', '&'))
    const title = /<title>([^<]*)<\/title>/.exec(text)?.[1].replaceAll('&amp;', '&')
    expect(title).toBeTruthy()
    expect(meta('og:title')).toEqual([title])
    expect(meta('og:description')).toEqual(meta('description'))
    expect(meta('og:description')[0]).toBeTruthy()
    expect(meta('og:type')).toEqual(['website'])
    expect(meta('og:site_name')).toEqual(['Relais'])
    expect(meta('og:url')).toEqual([/<link rel="canonical" href="([^"]*)"/.exec(text)?.[1]])
    expect(meta('og:url')[0].startsWith(`${hub.url}/`)).toBe(true)
    expect(meta('og:locale')).toEqual(['fr_FR'])
  })

  it('links nothing that answers 404, and nothing off the hub', async () => {
    const { text } = await hub.api.get('/').expect(200)
    expect(text).not.toMatch(/<script|<img|<link rel="stylesheet"/)
    for (const link of new Set(hrefs(text))) {
      if (link.startsWith('data:') || link.startsWith('#')) continue
      // The one page off the hub: the open data's licence.
      if (link === 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/') continue
      const path = link.startsWith(hub.url) ? link.slice(hub.url.length) || '/' : link
      expect(path, `${link} is off the hub`).toMatch(/^\//)
      // The admin is Next's, which the test hub leaves out; .ci/smoke-start opens it under npm start.
      if (path === '/admin') continue
      const { status } = await hub.api.get(path)
      expect(status, `${path} answers ${status}`).toBeLessThan(400)
    }
  }, 120_000)

  it('in production, links no playground, which is not served there, and still serves the documentation', async () => {
    await hub.inProduction(async (api) => {
      const home = await api.get('/').expect(200)
      expect(hrefs(home.text)).not.toContain('/api/graphql-playground')
      await api.get('/api/graphql-playground').expect(404)
      await api.get('/docs/graphql').expect(200)
    })
  })
})

describe('the partner documentation of the GraphQL API', () => {
  const adminHelpers = /^(docAccess|versions?|me|initialized)[A-Z]|^Access$/

  it('lists every root query an anonymous partner may run, and none other', async () => {
    const listed = documentedQueries(docs)
    const fields = schema.getQueryType()!.getFields()
    expect(
      listed.filter((name) => !fields[name]),
      'documented but not in the schema',
    ).toEqual([])
    for (const [name, field] of Object.entries(fields)) {
      if (adminHelpers.test(name)) {
        expect(listed, `${name} is an admin helper`).not.toContain(name)
        continue
      }
      const required = field.args.filter((arg) => isNonNullType(arg.type))
      if (required.some((arg) => arg.name !== 'id')) {
        // The hub's own queries (required arguments of their own) are all public; their examples run below.
        expect(listed, `${name} is not documented`).toContain(name)
        continue
      }
      const id = required[0]
      const query = id ? `query ($id: ${String(id.type)}) { ${name}(id: $id) { __typename } }` : `{ ${name} { __typename } }`
      const variables = id ? { id: String(id.type).startsWith('Int') ? 999_999 : '0123456789abcdef01234567' } : undefined
      const { body } = await hub.graphql(query, variables)
      const forbidden = (body.errors ?? []).some((error: { extensions?: { statusCode?: number } }) => error.extensions?.statusCode === 403)
      expect(listed.includes(name), `${name}: an anonymous read is ${forbidden ? 'forbidden' : 'allowed'}`).toBe(!forbidden)
    }
  })

  it('shows each query’s arguments and what it returns', () => {
    const fields = schema.getQueryType()!.getFields()
    for (const name of documentedQueries(docs)) {
      const section = querySection(docs, name)
      for (const arg of fields[name].args) expect(section, `${name}(${arg.name})`).toContain(`<code>${arg.name}</code>`)
      expect(section).toContain(`Renvoie `)
    }
    expect(docs).toContain('id="errors"')
  })

  it('is in one language per page: French at /docs/graphql, English at /en/docs/graphql, each naming the other', () => {
    expect(docs).toContain('<html lang="fr">')
    expect(docsEn).toContain('<html lang="en">')
    // On the French page, English is left only in code: literal messages of the API, marked as such.
    const english = [...docs.matchAll(/<(\w+)[^>]* lang="en"[^>]*>/g)].map((match) => match[1])
    expect(english.filter((tag) => tag !== 'code' && tag !== 'a')).toEqual([])
    expect([...docsEn.matchAll(/<(\w+)[^>]* lang="fr"[^>]*>/g)].map((match) => match[1]).filter((tag) => tag !== 'a')).toEqual([])
    for (const phrase of ['Renvoie', 'Sans argument', 'Exemple']) expect(docsEn).not.toContain(phrase)
    for (const phrase of ['Returns', 'Example:']) expect(docs).not.toContain(phrase)
    expect(docs).toContain(`<link rel="alternate" hrefLang="en" href="${hub.url}/en/docs/graphql"/>`)
    expect(docsEn).toContain(`<link rel="alternate" hrefLang="fr" href="${hub.url}/docs/graphql"/>`)
  })

  it('has examples that run against the schema without error, and errors as the hub answers them', async () => {
    const listed = documentedQueries(docs)
    for (const [name, example] of Object.entries(examples)) {
      expect(listed, `example of ${name}`).toContain(name)
      expect(validate(schema, parse(example.query)).map(String), `example of ${name}`).toEqual([])
      const { status, body } = await hub.graphql(example.query, example.variables)
      expect([name, status, body.errors]).toEqual([name, 200, undefined])
      expect(body.data[name], `example of ${name}`).toBeTruthy()
      expect(querySection(docs, name)).toContain(example.title.fr)
      expect(querySection(docsEn, name)).toContain(example.title.en)
      if (example.error) {
        const failed = await hub.graphql(example.error.query)
        expect([name, failed.body.errors?.[0]?.message]).toEqual([name, example.error.message])
      }
    }
  })
})

describe.runIf(browserAvailable())('the home page and the documentation in a browser', () => {
  it('have no serious or critical axe violation, in light and dark, fit a phone and contact no one but the hub', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        for (const path of ['/', '/docs/graphql', '/en/docs/graphql']) {
          const errors = watchErrors(page)
          const requested: string[] = []
          page.on('request', (request) => requested.push(request.url()))
          await page.goto(`${hub.url}${path}`)
          expect(await seriousViolations(page), `${scheme} ${path}`).toEqual([])
          expect(
            requested.filter((url) => !url.startsWith(hub.url) && !url.startsWith('data:')),
            path,
          ).toEqual([])
          expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth), `${path} fits a phone`).toBe(true)
          expect(errors, path).toEqual([])
          page.removeAllListeners('request')
        }
      }
    } finally {
      await browser.close()
    }
  }, 120_000)

  it('read at 320 px without scrolling sideways (WCAG 1.4.10 reflow)', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
      for (const path of ['/', '/docs/graphql', '/en/docs/graphql']) {
        await page.goto(`${hub.url}${path}`)
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          // Anything wider than the screen, or scrolling inside itself.
          wide: [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 || element.scrollWidth > element.clientWidth + 1)
            .filter((element) => getComputedStyle(element).display !== 'inline')
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`),
        }))
        expect(overflow.page, path).toBeLessThanOrEqual(0)
        expect(overflow.wide, path).toEqual([])
      }
    } finally {
      await browser.close()
    }
  }, 120_000)
})
