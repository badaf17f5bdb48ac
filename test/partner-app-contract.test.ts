import crypto from 'node:crypto'

import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError, gql, type TypedDocumentNode } from '@apollo/client'
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { createUnit } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { createPartner } from './helpers/partners'

/**
 * A partner app as partners write it: Apollo Client 4, InMemoryCache, automatic persisted
 * queries sent by GET, against the hub over real HTTP.
 */
let hub: Hub
let apiKey: { partner: { id: number }; authorization: string }
const seen: { method: string; status: number; cacheControl: string | null }[] = []

function partnerApp(authorization: string) {
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init)
    seen.push({ method: init?.method ?? 'GET', status: response.status, cacheControl: response.headers.get('cache-control') })
    return response
  }
  const persisted = new PersistedQueryLink({
    sha256: (query: string) => crypto.createHash('sha256').update(query).digest('hex'),
    useGETForHashedQueries: true,
  })
  return new ApolloClient({
    // As docs/partners.md tells partners: a localized object is one object per language.
    cache: new InMemoryCache({ typePolicies: Object.fromEntries(localizedTypes.map((type) => [type, { keyFields: byIdAndLocale }])) }),
    link: persisted.concat(new HttpLink({ uri: `${hub.url}/api/graphql`, headers: { Authorization: authorization }, fetch: recordingFetch })),
  })
}

const localizedTypes = ['Sheet', 'Service', 'News', 'Unit', 'Guide', 'Media']
// Objects read without their locale are kept inside the query that read them, never shared.
const byIdAndLocale = (object: Readonly<Record<string, unknown>>) =>
  object.id != null && object.locale ? `${object.__typename}:${object.id}:${object.locale}` : false

const minuteAgo = () => new Date(Date.now() - 60_000).toISOString()

beforeAll(async () => {
  hub = await startHub()
  const service = {
    summary: 'x',
    url: 'https://example.org',
    category: 'appointment',
    operator: 'gendarmerie',
    status: 'active',
    _status: 'published',
  } as const
  await hub.payload.create({ collection: 'services', data: { ...service, name: 'Plainte en ligne', coverage: { scope: 'national' } } })
  await hub.payload.create({
    collection: 'services',
    data: { ...service, name: 'Rendez-vous en brigade (35)', coverage: { scope: 'departments', departments: ['35'] } },
  })
  await hub.payload.create({
    collection: 'services',
    data: { ...service, name: 'Rendez-vous au commissariat (45)', coverage: { scope: 'departments', departments: ['45'] } },
  })
  const news = (title: string, scope: News['scope'], minutes: number) =>
    hub.payload.create({
      collection: 'news',
      data: {
        title,
        summary: 'x',
        category: 'prevention',
        scope,
        publishedAt: new Date(Date.now() - minutes * 60_000).toISOString(),
        _status: 'published',
      } as News,
    })
  await news('Campagne nationale', { level: 'national' }, 5)
  await news('Rennes : opération tranquillité vacances', { level: 'communes', communes: ['35238'] }, 4)
  await news('Ille-et-Vilaine : recrutement de réservistes', { level: 'departments', departments: ['35'] }, 3)
  await news('Orléans : permanence', { level: 'communes', communes: ['45234'] }, 2)
  const sheet = await hub.payload.create({
    collection: 'sheets',
    data: {
      title: 'Victime d’une arnaque en ligne',
      slug: 'arnaque-en-ligne',
      summary: 'Que faire, qui contacter',
      themes: ['cybercrime'],
      lastSignificantUpdate: minuteAgo(),
      _status: 'published',
    },
  })
  await hub.payload.update({ collection: 'sheets', id: sheet.id, locale: 'en', data: { title: 'Victim of an online scam' } })
  await createUnit(hub.payload, '35288', 'Commissariat de Saint-Malo (test)', {
    kind: 'police-station',
    force: 'police',
    location: { latitude: 48.6493, longitude: -2.0257 },
  })
  await createUnit(hub.payload, '35238', 'Commissariat de Rennes (test)', {
    kind: 'police-station',
    force: 'police',
    location: { latitude: 48.1098, longitude: -1.6779 },
    openingHours: '24/7',
  })
  apiKey = await createPartner(hub.payload, 'Application de la ville de Rennes')
})
afterAll(async () => {
  await hub?.close()
})

type Page<T> = { docs: T[]; page: number; totalDocs: number; hasNextPage: boolean }

const SERVICES: TypedDocumentNode<{ ServicesAvailableIn: Page<{ id: number; name: string }> }, { department: string }> = gql`
  query Services($department: String!) {
    ServicesAvailableIn(department: $department) {
      docs {
        id
        name
      }
    }
  }
`
const LOCAL_NEWS: TypedDocumentNode<{ NewsVisibleIn: Page<{ id: number; title: string }> }, { commune: string; limit?: number; page?: number }> = gql`
  query LocalNews($commune: String!, $limit: Int, $page: Int) {
    NewsVisibleIn(commune: $commune, limit: $limit, page: $page) {
      docs {
        id
        title
      }
      page
      totalDocs
      hasNextPage
    }
  }
`
const SHEET: TypedDocumentNode<{ Sheets: Page<{ id: number; title: string; summary: string }> }, { slug: string }> = gql`
  query Sheet($slug: String!) {
    Sheets(where: { slug: { equals: $slug } }, locale: en, fallbackLocale: fr) {
      docs {
        id
        title
        summary
      }
    }
  }
`

const SHEETS_IN: TypedDocumentNode<{ Sheets: Page<{ id: number; locale: string; title: string }> }, { locale: 'fr' | 'en' }> = gql`
  query SheetsIn($locale: LocaleInputType) {
    Sheets(locale: $locale, fallbackLocale: fr) {
      docs {
        id
        locale
        title
      }
    }
  }
`

const UNITS: TypedDocumentNode<
  { unitsForCommune: { unit: { name: string }; distanceKm: number | null; openNow: boolean | null }[] },
  { insee: string }
> = gql`
  query Units($insee: String!) {
    unitsForCommune(insee: $insee, limit: 5) {
      unit {
        name
      }
      distanceKm
      openNow
    }
  }
`

describe('a partner app built with Apollo Client 4', () => {
  it('reads the units serving a commune, those of the commune first, with their open state', async () => {
    const { data } = await partnerApp(apiKey.authorization).query({ query: UNITS, variables: { insee: '35238' } })
    const matches = data?.unitsForCommune ?? []
    expect(matches.map((m: { unit: { name: string } }) => m.unit.name)).toEqual([
      'Commissariat de Rennes (test)',
      'Commissariat de Saint-Malo (test)',
    ])
    expect(matches[0]).toMatchObject({ openNow: true })
    expect(matches[1].distanceKm).toBeGreaterThan(50)
  })

  it('reads the services available in a department, the second time from a cached GET', async () => {
    const first = await partnerApp(apiKey.authorization).query({ query: SERVICES, variables: { department: '35' } })
    expect(first.data?.ServicesAvailableIn.docs.map((s: { name: string }) => s.name)).toEqual(['Plainte en ligne', 'Rendez-vous en brigade (35)'])
    // The hash was unknown: GET, then the registration POST.
    expect(seen.slice(-2).map((r) => r.method)).toEqual(['GET', 'POST'])

    const second = await partnerApp(apiKey.authorization).query({ query: SERVICES, variables: { department: '35' } })
    expect(second.data).toEqual(first.data)
    expect(seen.at(-1)).toMatchObject({ method: 'GET', status: 200, cacheControl: 'private, no-cache' })
  })

  it('reads the news of a commune page by page', async () => {
    const app = partnerApp(apiKey.authorization)
    const page1 = await app.query({ query: LOCAL_NEWS, variables: { commune: '35238', limit: 2, page: 1 } })
    expect(page1.data?.NewsVisibleIn).toMatchObject({ page: 1, totalDocs: 3, hasNextPage: true })
    expect(page1.data?.NewsVisibleIn.docs.map((n: { title: string }) => n.title)).toEqual([
      'Ille-et-Vilaine : recrutement de réservistes',
      'Rennes : opération tranquillité vacances',
    ])
    const page2 = await app.query({ query: LOCAL_NEWS, variables: { commune: '35238', limit: 2, page: 2 } })
    expect(page2.data?.NewsVisibleIn).toMatchObject({ page: 2, hasNextPage: false })
    expect(page2.data?.NewsVisibleIn.docs.map((n: { title: string }) => n.title)).toEqual(['Campagne nationale'])
  })

  it('reads a sheet in English, with French where no translation exists', async () => {
    const { data } = await partnerApp(apiKey.authorization).query({ query: SHEET, variables: { slug: 'arnaque-en-ligne' } })
    expect(data?.Sheets.docs[0]).toMatchObject({ title: 'Victim of an online scam', summary: 'Que faire, qui contacter' })
  })

  it('keeps each language apart in its cache: French, then English, then French again', async () => {
    const app = partnerApp(apiKey.authorization)
    const titles = async (locale: 'fr' | 'en') =>
      (await app.query({ query: SHEETS_IN, variables: { locale } })).data?.Sheets.docs.map(
        (d: { locale: string; title: string }) => `${d.locale}: ${d.title}`,
      )
    expect(await titles('fr')).toEqual(['fr: Victime d’une arnaque en ligne'])
    expect(await titles('en')).toEqual(['en: Victim of an online scam'])
    const network = seen.length
    expect(await titles('fr')).toEqual(['fr: Victime d’une arnaque en ligne'])
    expect(seen.length).toBe(network)
  })

  it('sees a clear error on a query deeper than allowed', async () => {
    const deep = gql`
      query Deep {
        Sheets {
          docs {
            relatedSheets {
              relatedSheets {
                relatedSheets {
                  relatedSheets {
                    relatedSheets {
                      relatedSheets {
                        title
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `
    const error = await partnerApp(apiKey.authorization)
      .query({ query: deep })
      .then(
        () => undefined,
        (e: unknown) => e,
      )
    expect(CombinedGraphQLErrors.is(error)).toBe(true)
    expect((error as CombinedGraphQLErrors).errors[0].message).toMatch(/Query depth limit of 8 exceeded/)
  })

  it('is refused at once when its key is revoked', async () => {
    const app = partnerApp(apiKey.authorization)
    await app.query({ query: SHEET, variables: { slug: 'arnaque-en-ligne' } })
    await hub.payload.update({ collection: 'partners', id: apiKey.partner.id, data: { revoked: true } })
    const error = await app.query({ query: SHEET, variables: { slug: 'arnaque-en-ligne' }, fetchPolicy: 'network-only' }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(ServerError.is(error)).toBe(true)
    expect((error as ServerError).statusCode).toBe(401)
    expect((error as ServerError).bodyText).toContain('API key unknown or revoked')
  })
})
