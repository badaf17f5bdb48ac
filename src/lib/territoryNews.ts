import type { PaginatedDocs, Payload, PayloadRequest, SelectType, TypedLocale, Where } from 'payload'

import type { News } from '../../payload-types'
import { visibleNewsWhere } from '../access/publicReads'
import { newsReachingTerritory, type Territory } from './territoryWhere'

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
  const wheres = newsReachingTerritory(territory).map((way): Where => ({ and: [visibleNewsWhere(now), way] }))
  // Sort keys only, straight from the adapter: the where is the public-read rule itself, and
  // Payload's per-document read would cost more than the query for a deep page. National news
  // (the first way) are a twelfth of all: walking the publication index finds a page at once.
  // A department's or commune's are a few hundred scattered over years: asked for in order with
  // a limit, PostgreSQL walked the whole index probing each item (0.8 s); asked for all, it
  // starts from the index on their departments and communes, and they are sorted here.
  const keys = await Promise.all(
    wheres.map((where, i) =>
      payload.db.find<SortKey>({
        collection: 'news',
        where,
        ...(i === 0 ? { sort: '-publishedAt', limit: wanted } : { limit: 0 }),
        pagination: false,
        select: { publishedAt: true, createdAt: true },
        req,
      }),
    ),
  )
  const ids = keys
    .flatMap((found) => found.docs)
    .sort(newerFirst)
    .slice(wanted - limit, wanted)
    .map((key) => key.id)
  return { wheres, ids }
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
  const { wheres, ids } = await newestOfEachWay(payload, territory, read)
  const [docs, counts] = await Promise.all([
    documents(payload, ids, read),
    Promise.all(wheres.map((where) => payload.count({ collection: 'news', where, overrideAccess: false, req }))),
  ])
  const totalDocs = counts.reduce((sum, count) => sum + count.totalDocs, 0)
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
