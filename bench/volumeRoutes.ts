import { listCommunes } from '../src/lib/territories'
import type { VolumeSample } from './nationalVolumes'

export type Read = { method: 'GET' } | { method: 'POST'; body: string }
export type Route = { name: string; request: (n: number) => { path: string } & Read }

/** The same pseudo-random picks on every run and both adapters. */
function picker(seed: number) {
  let state = seed
  return <T>(list: readonly T[]): T => {
    state = (state * 1103515245 + 12345) % 2147483648
    return list[state % list.length]
  }
}

const get = (path: string) => ({ path, method: 'GET' as const })
const graphql = (query: string, variables: Record<string, unknown>) => ({
  path: '/api/graphql',
  method: 'POST' as const,
  body: JSON.stringify({ query, variables }),
})
const q = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()

/**
 * Every kind of public read, each request with parameters picked among the fixture's news,
 * units, communes and departments (all ~35,000 communes for the commune pages), so no two runs
 * of a route read the same rows in the same order; the news sitemaps are the parts the sitemap
 * index names (by year of publication), full ones only.
 */
export function volumeRoutes(sample: VolumeSample, origin: string, newsSitemaps: string[]): Route[] {
  const pick = picker(7)
  const communes = listCommunes().map((c) => c.code)
  const newsPage = (n: number) => 1 + (n % 200)
  return [
    { name: 'REST news list (default sort), page 1–200', request: (n) => get(`/api/news?${q({ limit: 10, page: newsPage(n) })}`) },
    {
      name: 'REST news of a department, depth 1',
      request: () => get(`/api/news?${q({ limit: 10, depth: 1, 'where[scope.departments][in]': pick(sample.departments) })}`),
    },
    { name: 'REST news item', request: () => get(`/api/news/${pick(sample.newsIds)}`) },
    { name: 'REST units list (default sort)', request: (n) => get(`/api/units?${q({ limit: 10, page: 1 + (n % 100) })}`) },
    {
      name: 'REST units of a department',
      request: () => get(`/api/units?${q({ limit: 20, 'where[address.department][equals]': pick(sample.departments) })}`),
    },
    { name: 'REST unit', request: () => get(`/api/units/${pick(sample.unitIds)}`) },
    { name: 'REST sheets list', request: (n) => get(`/api/sheets?${q({ limit: 10, page: 1 + (n % 3) })}`) },
    { name: 'REST services list', request: (n) => get(`/api/services?${q({ limit: 10 + (n % 20) })}`) },
    {
      name: 'REST competences of a commune',
      request: () => get(`/api/unit-competences?${q({ 'where[inseeCode][equals]': pick(communes) })}`),
    },
    {
      name: 'GraphQL allNews, page 1–200',
      request: (n) =>
        graphql('query($page: Int) { allNews(limit: 10, page: $page) { totalDocs docs { id title slug publishedAt } } }', { page: newsPage(n) }),
    },
    {
      name: 'GraphQL NewsVisibleIn(commune)',
      request: () =>
        graphql('query($c: String) { NewsVisibleIn(commune: $c, limit: 10) { totalDocs docs { id title publishedAt } } }', { c: pick(communes) }),
    },
    {
      name: 'GraphQL ServicesAvailableIn',
      request: () => graphql('query($d: String!) { ServicesAvailableIn(department: $d) { docs { id name } } }', { d: pick(sample.departments) }),
    },
    {
      name: 'GraphQL Units of a department',
      request: () =>
        graphql('query($d: String) { Units(where: { address__department: { equals: $d } }, limit: 10) { totalDocs docs { id name } } }', {
          d: pick(sample.departments),
        }),
    },
    {
      name: 'GraphQL unitsForCommune',
      request: () => graphql('query($c: String!) { unitsForCommune(insee: $c, limit: 5) { unit { id name } openNow } }', { c: pick(communes) }),
    },
    { name: 'widget data, news of a commune', request: () => get(`/embed/v1/data/news?${q({ commune: pick(communes) })}`) },
    { name: 'widget data, news of a department', request: () => get(`/embed/v1/data/news?${q({ department: pick(sample.departments) })}`) },
    { name: 'widget data, units of a commune', request: () => get(`/embed/v1/data/units?${q({ commune: pick(communes) })}`) },
    { name: 'widget data, services of a commune', request: () => get(`/embed/v1/data/services?${q({ commune: pick(communes) })}`) },
    { name: 'widget data, a sheet', request: () => get(`/embed/v1/data/sheet?${q({ slug: pick(sample.sheetSlugs) })}`) },
    { name: 'frame, news of a commune', request: () => get(`/embed/v1/frame/news?${q({ commune: pick(communes) })}`) },
    { name: 'frame, units of a commune', request: () => get(`/embed/v1/frame/units?${q({ commune: pick(communes) })}`) },
    {
      name: 'oEmbed of a commune’s news frame',
      request: () => get(`/oembed?${q({ url: `${origin}/embed/v1/frame/news?commune=${pick(communes)}`, format: 'json' })}`),
    },
    { name: 'feed, news of a department (RSS)', request: () => get(`/feeds/news.rss?${q({ department: pick(sample.departments) })}`) },
    { name: 'feed, news of a commune (Atom)', request: () => get(`/feeds/news.atom?${q({ commune: pick(communes) })}`) },
    { name: 'feed, national news (JSON), 30–100 items', request: (n) => get(`/feeds/news.json?${q({ limit: 30 + (n % 71) })}`) },
    { name: 'feed, sheets (RSS)', request: (n) => get(`/feeds/sheets.rss?${q({ limit: 1 + (n % 100) })}`) },
    { name: 'reader page, news item', request: () => get(`/actualites/${pick(sample.newsSlugs)}`) },
    { name: 'reader page, news item in English', request: () => get(`/en/news/${pick(sample.newsSlugs)}`) },
    { name: 'reader page, unit', request: () => get(`/unites/${pick(sample.unitIds)}`) },
    { name: 'reader page, commune (any of ~35,000)', request: () => get(`/communes/${pick(communes)}`) },
    { name: 'reader page, sheet', request: () => get(`/fiches/${pick(sample.sheetSlugs)}`) },
    { name: 'reader page, service', request: () => get(`/demarches/${pick(sample.serviceSlugs)}`) },
    { name: 'sitemap index', request: () => get('/sitemap.xml') },
    { name: 'sitemap part, news (1,000 items)', request: (n) => get(newsSitemaps[n % newsSitemaps.length]) },
    { name: 'sitemap part, units (1,000 units)', request: (n) => get(`/sitemaps/units-${1 + (n % 4)}.xml`) },
    { name: 'sitemap part, communes (1,000)', request: (n) => get(`/sitemaps/communes-${1 + (n % 34)}.xml`) },
  ]
}
