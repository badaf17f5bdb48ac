import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { createUnit } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let unitId: number | string

/**
 * A replay of the fuzz pass that found 676 answers of 500 (and reads of every unit) behind the
 * edge: every public route, every parameter any of them reads (and one none reads), each given
 * in every shape a query string can take. Any 5xx or any answer slower than a second fails.
 * fast-check draws the values inside each shape; the seed is printed on failure to replay it.
 */

// Public routes with a valid sample for each path parameter: the query must be read, not the path refused.
const routes = () => [
  '/api/units',
  `/api/units/${unitId}`,
  '/api/news',
  '/api/sheets',
  '/api/services',
  '/api/guides',
  '/api/media',
  '/api/news/versions',
  '/api/graphql',
  '/embed/v1/data/news',
  '/embed/v1/data/units',
  '/embed/v1/data/services',
  '/embed/v1/data/sheet',
  '/embed/v1/data/orienteer',
  '/embed/v1/frame/news',
  '/embed/v1/communes',
  '/embed/v1/official/service-public',
  '/oembed',
  '/feeds/news.rss',
  '/feeds/sheets.json',
  '/sitemap.xml',
  '/robots.txt',
  `/unites/${unitId}`,
  '/communes/35238',
  '/media/missing.png',
  '/opendata/units.csv',
  '/embed',
  '/',
]

// Every parameter each family of routes reads, and one none reads (utm_source).
const restParameters = [
  'limit',
  'page',
  'depth',
  'pagination',
  'draft',
  'trash',
  'where',
  'sort',
  'locale',
  'fallback-locale',
  'select',
  'populate',
  'joins',
  'utm_source',
]
const graphqlParameters = ['query', 'variables', 'operationName', 'extensions', 'limit', 'utm_source']
const otherParameters = [
  'lang',
  'limit',
  'commune',
  'department',
  'lat',
  'lng',
  'slug',
  'theme',
  'guide',
  'category',
  'audience',
  'preview',
  'url',
  'format',
  'maxwidth',
  'utm_source',
]
const parametersOf = (route: string) => (route === '/api/graphql' ? graphqlParameters : route.startsWith('/api/') ? restParameters : otherParameters)

const enc = encodeURIComponent
const text = fc.string({ maxLength: 12 })
const number = fc.oneof(
  fc.integer({ min: -5, max: 2000 }).map(String),
  fc.constantFrom('0', '1', '1e3', '0x10', '99999999999999999999', '-1', '1.5', ''),
)
const value = fc.oneof(
  number,
  text.map(enc),
  fc.constantFrom('true', 'false', 'fr', 'all', '35', '35238', 'notjson', enc('{"a":1}'), enc('{"id":{"equals":1}}')),
)

/** The shapes of the fuzz pass: each a function of a parameter name to a query string. */
const shapes: Record<string, fc.Arbitrary<(name: string) => string>> = {
  plain: value.map((v) => (name) => `${name}=${v}`),
  emptyList: value.map((v) => (name) => `${name}[]=${v}`),
  indexed: fc.tuple(fc.nat(1000), value).map(
    ([i, v]) =>
      (name) =>
        `${name}[${i}]=${v}`,
  ),
  object: fc.tuple(fc.constantFrom('a', 'equals', 'in', '0'), value).map(
    ([k, v]) =>
      (name) =>
        `${name}[${k}]=${v}`,
  ),
  nested: fc.tuple(fc.nat(3), value).map(
    ([i, v]) =>
      (name) =>
        `${name}[${i}][b]=${v}`,
  ),
  deep: value.map((v) => (name) => `${name}${'[a]'.repeat(12)}=${v}`),
  repeated: fc.tuple(value, value).map(
    ([a, b]) =>
      (name) =>
        `${name}=${a}&${name}=${b}`,
  ),
  encodedName: value.map((v) => (name) => `${[...name].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}=${v}`),
  nul: value.map((v) => (name) => `${name}=${v}%00`),
  malformed: fc.constantFrom('%', '%zz', '%E0%A4%A', 'a%', '%%').map((v) => (name) => `${name}=${v}`),
  bare: fc.constant((name: string) => name),
  withOthers: fc.tuple(value, value).map(
    ([a, b]) =>
      (name) =>
        `limit=${a}&${name}=${b}&page=1`,
  ),
}

const malformedPaths = ['%', '%zz', '%E0%A4%A', '%00', '%2F', '%5C', '..', '%2e%2e']

beforeAll(async () => {
  hub = await startHub()
  unitId = (await createUnit(hub.payload, '35238', 'Brigade de Rennes')).id
  await hub.payload.create({
    collection: 'news',
    data: {
      title: 'Actualité',
      summary: 'Résumé',
      category: 'event',
      scope: { level: 'national' },
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
      _status: 'published',
    } as News,
  })
}, 120_000)

afterAll(async () => {
  await hub?.close()
})

/** What the fuzz pass looked for: a 5xx, or an answer slower than a second. */
async function replay(path: string, failures: string[]): Promise<void> {
  const started = performance.now()
  const response = await fetch(`${hub.url}${path}`, { headers: { 'X-Forwarded-For': `10.${Math.floor(Math.random() * 250)}.0.1` } })
  await response.arrayBuffer()
  const ms = performance.now() - started
  if (response.status >= 500) failures.push(`${path}: ${response.status}`)
  else if (ms > 1000) failures.push(`${path}: ${Math.round(ms)} ms`)
}

describe('a fuzz replay of every public route', () => {
  it('answers every parameter in every shape with a 4xx or an answer, within a second', async () => {
    const failures: string[] = []
    // One draw per route, shape and parameter; FUZZ_SEED=<seed> replays a failed run.
    const seed = Number(process.env.FUZZ_SEED) || Date.now()
    let run = 0
    for (const route of routes()) {
      const parameters = parametersOf(route)
      for (const shape of Object.values(shapes)) {
        const draws = fc.sample(shape, { numRuns: parameters.length, seed: seed + run++ })
        for (let i = 0; i < parameters.length; i += 3) {
          await Promise.all(parameters.slice(i, i + 3).map((name, j) => replay(`${route}?${draws[i + j](name)}`, failures)))
        }
      }
    }
    expect(failures, `FUZZ_SEED=${seed}\n${failures.slice(0, 20).join('\n')}`).toEqual([])
  }, 120_000)

  it('answers every malformed path segment with a 4xx, on every route', async () => {
    const failures: string[] = []
    for (const route of routes()) {
      const segments = route.split('/')
      for (const bad of malformedPaths) {
        await Promise.all(
          segments.slice(1).map((_, i) => {
            const broken = [...segments]
            broken[i + 1] = bad
            return replay(broken.join('/'), failures)
          }),
        )
        await replay(`${route}/${bad}`, failures)
      }
    }
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([])
  }, 60_000)
})
