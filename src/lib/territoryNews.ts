import type { PaginatedDocs, Payload, PayloadRequest, SelectType, TypedLocale, Where } from 'payload'

import type { News } from '../../payload-types'
import { visibleNewsWhere } from '../access/publicReads'
import { idsListing } from './listedIn'
import { type NewsWay, newsWayWhere, newsWays, type Territory } from './territoryWhere'

export type TerritoryNewsRead = {
  limit: number
  /** 1-based. */
  page?: number
  depth?: number
  locale?: TypedLocale | 'all'
  fallbackLocale?: TypedLocale
  select?: SelectType
  /** The caller's request: its user's access applies (anonymous without it). */
  req?: PayloadRequest
  now?: Date
}

type SortKey = { id: News['id']; publishedAt?: string | null; createdAt: string }

/** Newest first, as Payload sorts `-publishedAt` (createdAt, then id, breaking ties). */
const newerFirst = (a: SortKey, b: SortKey) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.createdAt.localeCompare(a.createdAt) || String(b.id).localeCompare(String(a.id))

/*
 * "National, or of the department, or of the commune" in one `where` is an OR across the
 * tables holding the departments and communes: the database can use no index for it and
 * reads every shown item of the country for each page and each count (0.3–0.5 s on SQLite,
 * seconds on PostgreSQL, with 60,000 items shown). Each way an item reaches a territory is
 * indexed on its own, and the ways are disjoint (an item has one scope level), so the page is
 * the merge of the newest items of each way, and the count their sum.
 */
async function newestOfEachWay(payload: Payload, territory: Territory, read: TerritoryNewsRead) {
  const { limit, page = 1, req, now = new Date() } = read
  const wanted = page * limit
  // A department's news of the department and of its communes are both found in its list of
  // departments: the list is read once for both.
  const listings = new Map<string, ReturnType<typeof idsListing>>()
  const listing = (list: string, code: string) => {
    const key = `${list}\n${code}`
    if (!listings.has(key)) listings.set(key, idsListing(payload, 'news', list, code))
    return listings.get(key)!
  }
  const ways = await Promise.all(newsWays(territory).map((way) => keysOfWay(payload, way, { wanted, now, req, listing })))
  const ids = ways
    .flatMap((way) => way.keys)
    .sort(newerFirst)
    .slice(wanted - limit, wanted)
    .map((key) => key.id)
  return { ways, ids }
}

type WayKeys = { keys: SortKey[] } & ({ national: Where } | { count: number })

/*
 * Sort keys only, straight from the adapter: the where is the public-read rule itself, and
 * Payload's per-document read would cost more than the query for a deep page. National news are
 * a twelfth of all: walking the publication index finds a page at once, and they are counted on
 * their own index. A department's or commune's are a few hundred scattered over years: asked
 * for in order with a limit, PostgreSQL walked the whole index probing each item (0.8 s); they
 * are all read, from their ids in the list's index where the adapter has one, sorted here, and
 * counted as read.
 */
async function keysOfWay(
  payload: Payload,
  way: NewsWay,
  {
    wanted,
    now,
    req,
    listing,
  }: { wanted: number; now: Date; req?: PayloadRequest; listing: (list: string, code: string) => ReturnType<typeof idsListing> },
): Promise<WayKeys> {
  const visible = visibleNewsWhere(now)
  const keysWhere = (where: Where, page: { sort: string; limit: number }) =>
    payload.db.find<SortKey>({ collection: 'news', where, ...page, pagination: false, select: { publishedAt: true, createdAt: true }, req })
  if (way.level === 'national') {
    const national: Where = { and: [visible, newsWayWhere(way)] }
    return { keys: (await keysWhere(national, { sort: '-publishedAt', limit: wanted })).docs, national }
  }
  const ids = await listing(way.list, way.code)
  if (ids && !ids.length) return { keys: [], count: 0 }
  const where: Where = ids ? { and: [visible, { 'scope.level': { equals: way.level } }, { id: { in: ids } }] } : { and: [visible, newsWayWhere(way)] }
  // In id order: the collection's own order (newest first) made SQLite walk the publication
  // index over every shown item rather than fetch these by id (29 ms against 13).
  const { docs } = await keysWhere(where, { sort: 'id', limit: 0 })
  return { keys: docs, count: docs.length }
}

async function documents(payload: Payload, ids: News['id'][], read: TerritoryNewsRead): Promise<News[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'news',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: read.depth ?? 0,
    locale: read.locale,
    fallbackLocale: read.fallbackLocale,
    select: read.select,
    overrideAccess: false,
    req: read.req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => byId.get(String(id)) ?? [])
}

/**
 * One page of the news a reader of the territory sees (national, departmental and local;
 * published and unexpired), newest first: what widgets, feeds and the commune page show.
 */
export async function newsVisibleInTerritory(payload: Payload, territory: Territory, read: TerritoryNewsRead): Promise<News[]> {
  const { ids } = await newestOfEachWay(payload, territory, read)
  return documents(payload, ids, read)
}

/** The same page with Payload's pagination fields, counted: what partners' list queries answer. */
export async function pageOfNewsVisibleIn(payload: Payload, territory: Territory, read: TerritoryNewsRead): Promise<PaginatedDocs<News>> {
  const { limit, page = 1, req } = read
  const { ways, ids } = await newestOfEachWay(payload, territory, read)
  const [docs, counts] = await Promise.all([
    documents(payload, ids, read),
    Promise.all(
      ways.map(async (way) =>
        'count' in way ? way.count : (await payload.count({ collection: 'news', where: way.national, overrideAccess: false, req })).totalDocs,
      ),
    ),
  ])
  const totalDocs = counts.reduce((sum, count) => sum + count, 0)
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    docs,
    totalDocs,
    limit,
    page,
    totalPages,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}
