import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUnit } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub

beforeAll(async () => {
  hub = await startHub()
  // More units than a reader's page: any way past the page bound shows as more than 100 documents.
  for (let i = 0; i < 105; i++) await createUnit(hub.payload, '35238', `Unité ${i}`)
}, 120_000)

afterAll(async () => {
  await hub?.close()
})

/** A 4xx whose message names the parameter. */
const refusedNaming = async (path: string, parameter: string) => {
  const response = await hub.api.get(path)
  expect(response.status, `${path}: ${response.status} ${response.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(response.status, path).toBeLessThan(500)
  expect(response.body.detail ?? response.body.errors?.[0]?.message ?? response.text, path).toContain(parameter)
  return response
}

describe('one reading of a request', () => {
  it('never gives a reader more than a page, however the page size is spelled', async () => {
    for (const path of [
      '/api/units?limit[]=0',
      '/api/units?limit[0]=1000',
      '/api/units?limit[]=1000',
      '/api/units?limit=1&limit=0',
      '/api/units?pagination=false',
      '/api/units?pagination[]=false',
      '/api/%75nits?limit=0',
      '/api/%75nits?pagination=false',
      '/api/units/?limit=0',
    ]) {
      const response = await hub.api.get(path)
      expect(response.status, `${path} answered ${response.status} with ${response.body.docs?.length} documents`).toBe(400)
      expect(response.body.detail, path).toMatch(/^(limit|pagination)/)
    }
  })

  it('names the parameter given a list or an object where one value is expected, never a 500', async () => {
    await refusedNaming('/api/units?limit[]=abc', 'limit')
    await refusedNaming('/api/units?limit[0][b]=x', 'limit')
    await refusedNaming('/api/units?page[]=2', 'page')
    await refusedNaming('/api/units?depth[a]=1', 'depth')
    await refusedNaming('/api/units?draft[]=true', 'draft')
    await refusedNaming('/api/units?sort[a][b]=name', 'sort')
    await refusedNaming('/api/units?locale[]=fr', 'locale')
    await refusedNaming('/api/units?where=notjson', 'where')
    await refusedNaming('/api/%75nits?where=notjson', 'where')
    await refusedNaming('/api/units?where[name][equals]=a%00b', 'where')
  })

  it('refuses parameters no route reads, naming them', async () => {
    const response = await refusedNaming('/api/units?limit=1&utm_source=x', 'utm_source')
    expect(response.status).toBe(400)
  })

  it('reads a path once, decoded: a malformed escape is a 400, an escaped name is the same route', async () => {
    for (const path of ['/api/units/%E0%A4%A', '/api/units?x=%', '/api/%', '/feeds/%zz', '/media/%E0%A4%A.png']) {
      const response = await hub.api.get(path)
      expect(response.status, `${path}: ${response.text.slice(0, 200)}`).toBe(400)
    }
    expect((await hub.api.get('/api/units/%00')).status).toBe(400)
    const plain = await hub.api.get('/api/units?limit=2&sort=name')
    const escaped = await hub.api.get('/api/%75nits?limit=2&sort=name')
    expect(escaped.status).toBe(200)
    expect(escaped.body.docs.map((doc: { id: number }) => doc.id)).toEqual(plain.body.docs.map((doc: { id: number }) => doc.id))
  })

  it('keeps one cached answer for every spelling of the same read', async () => {
    hub.edge.cache.clear()
    // A reader who names no depth reads at depth 1: naming it is the same read.
    const spellings = [
      '/api/units?limit=3&page=2',
      '/api/units?page=2&limit=3',
      '/api/%75nits?page=2&limit=3',
      '/api/units?page=%32&limit=3',
      '/api/units?limit=3&page=2&depth=1',
    ]
    for (const path of spellings) expect((await hub.api.get(path)).status, path).toBe(200)
    expect(hub.edge.cache.stats().entries).toBe(1)
  })

  it('drops from pages and sitemaps the parameters they do not read: no new key, no new work', async () => {
    hub.edge.cache.clear()
    for (const path of ['/sitemap.xml?x=1', '/sitemap.xml?x=2', '/sitemap.xml', '/robots.txt?utm_source=a', '/robots.txt?utm_source=b']) {
      expect((await hub.api.get(path)).status, path).toBe(200)
    }
    expect(hub.edge.cache.stats().entries).toBe(2)
    // A parameter a page reads must still be one value.
    await refusedNaming('/communes/35238?preview[]=1', 'preview')
  })

  it('refuses a GraphQL GET parameter it does not read, and one given twice', async () => {
    await refusedNaming('/api/graphql?query=%7B__typename%7D&x=1', 'x: unknown parameter')
    const twice = await hub.api.get('/api/graphql?query=%7B__typename%7D&query=%7B__typename%7D')
    expect(twice.status).toBe(400)
    expect(twice.body.errors[0].message).toMatch(/^query: given more than once/)
  })

  it('answers 404 for an image file that is missing or badly named', async () => {
    for (const path of ['/media/missing.png', '/media/%2e%2e', '/api/media/file/missing.png', '/api/media/file/..%2fx']) {
      const response = await hub.api.get(path)
      expect([400, 404], `${path}: ${response.status}`).toContain(response.status)
    }
  })
})
