import { z } from 'zod'

import { wholeNumberParam } from '../lib/queryNumber'
import { maxPage, maxPageSize, maxReaderDepth, maxStaffPageSize, readerDefaultDepth } from './contract'
import { notOneValue, type Query, type QueryValue } from './queryReading'

/** Editors may read deeper than readers: the admin's edit views populate relations of relations. */
const maxStaffDepth = 10

const booleanParam = (name: string) => z.enum(['true', 'false'], { error: `${name}: must be true or false` })

const jsonObjectParam = (name: string) =>
  z.string().refine(
    (text) => {
      try {
        const value: unknown = JSON.parse(text)
        return typeof value === 'object' && value !== null && !Array.isArray(value)
      } catch {
        return false
      }
    },
    { error: `${name}: not a JSON object (or use ${name}[field][operator]=value)` },
  )

/** A condition, a selection: JSON text, or the same object given field by field. */
const objectParam = (name: string) =>
  z.union([jsonObjectParam(name), z.record(z.string(), z.unknown())], {
    error: `${name}: not a JSON object (or use ${name}[field][operator]=value)`,
  })

const localeParam = (name: string) =>
  z.string().regex(/^(?:[a-z]{2}(?:-[A-Za-z]{2})?|all|none|null|\*)$/, { error: `${name}: not a locale (fr, en, all)` })

// Field names, dotted paths into groups and relations, `-` for descending order.
const sortParam = z.union([z.string().regex(/^[\w.,-]{0,500}$/), z.array(z.string().regex(/^[\w.-]{1,200}$/)).max(10)], {
  error: 'sort: field names separated by commas, - first for descending order (sort=-publishedAt,title)',
})

const depthParam = (max: number) => wholeNumberParam(`depth: must be a whole number between 0 and ${max}`, 0, max)

/** What Payload's REST handlers read of a query string, typed; anything else a reader sends is refused. */
const commonParams = {
  draft: booleanParam('draft'),
  trash: booleanParam('trash'),
  where: objectParam('where'),
  sort: sortParam,
  locale: localeParam('locale'),
  'fallback-locale': localeParam('fallback-locale'),
  fallbackLocale: localeParam('fallbackLocale'),
  select: objectParam('select'),
  populate: objectParam('populate'),
  joins: z.union([z.literal('false'), objectParam('joins')], { error: 'joins: false, or an object of join fields' }),
}

const buildReadParams = (pageSize: number, depth: number) =>
  z
    .object({
      ...commonParams,
      limit: wholeNumberParam(`limit: must be a whole number between 1 and ${pageSize}`, 1, pageSize),
      page: wholeNumberParam(`page: must be a whole number between 1 and ${maxPage}`, 1, maxPage),
      depth: depthParam(depth),
      pagination: z.literal('true', {
        error: `pagination: cannot be turned off; page through with limit (at most ${maxPageSize}) and page`,
      }),
    })
    .partial()

// Built once per bound: zod compiles an object schema on its first use, which a schema built for
// each request would pay every time.
const readerParams = buildReadParams(maxPageSize, maxReaderDepth).strict()
const staffReadParams = buildReadParams(maxStaffPageSize, maxStaffDepth).passthrough()

// Bulk writes through the admin ask `limit=0` (every matching document): writes need a session
// and access anyway. The admin sends parameters of its own (autosave, publishSpecificLocale…):
// writes type what Payload parses and let the others through.
const writeParams = z
  .object({
    ...commonParams,
    limit: wholeNumberParam('limit: must be a whole number', 0, Number.MAX_SAFE_INTEGER),
    page: wholeNumberParam(`page: must be a whole number between 1 and ${maxPage}`, 1, maxPage),
    depth: depthParam(maxStaffDepth),
    pagination: booleanParam('pagination'),
    autosave: booleanParam('autosave'),
    overrideLock: booleanParam('overrideLock'),
    flattenLocales: booleanParam('flattenLocales'),
    publishAllLocales: booleanParam('publishAllLocales'),
    unpublishAllLocales: booleanParam('unpublishAllLocales'),
    data: jsonObjectParam('data'),
  })
  .partial()
  .passthrough()

// Parameters read as one value: a list or an object given for one of them is refused by name
// before the schema, whose own message would not say how it was spelled.
const oneValued = new Set([
  'limit',
  'page',
  'depth',
  'pagination',
  'draft',
  'trash',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'autosave',
  'overrideLock',
  'data',
])

/** Where a NUL hides in a parameter (`where[name][equals]`), if anywhere. */
function nulIn(value: QueryValue, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  for (const [key, inner] of Object.entries(value)) {
    const found = key.includes('\u0000') ? `${path}[${key}]` : nulIn(inner, `${path}[${key}]`)
    if (found) return found
  }
  return undefined
}

export type RestReader = 'reader' | 'staff'

/**
 * A query string of Payload's REST routes, read as Payload reads it (qs: `limit[]=0` is a list,
 * `where[id][in]=…` an object) and checked against what each parameter may be: numbers in their
 * bounds (`limit=0` is "everything", `limit=abc` read as the default), one value where Payload
 * reads one (a list reached SQL as text), `where` as JSON or fields, no `pagination=false`. A
 * reader's unknown parameter is refused by name: it would only make another cache key. Editors
 * signed in may ask larger pages and deeper reads; a reader who names no depth reads at
 * readerDefaultDepth, which the answer's cache key then says. Conditions' values are checked by the
 * collections themselves, which know the fields (plugins/inputBounds).
 */
export function readRestQuery(query: Query, method: string, reader: RestReader): { query: Query } | { problem: string } {
  for (const [name, value] of Object.entries(query)) {
    const nul = name.includes('\u0000') ? name : nulIn(value, name)
    if (nul) return { problem: `${nul.replaceAll('\u0000', '\\u0000')}: contains a NUL character` }
    const wrong = oneValued.has(name) ? notOneValue(name, value) : undefined
    if (wrong) return { problem: wrong }
  }
  const schema = method !== 'GET' ? writeParams : reader === 'staff' ? staffReadParams : readerParams
  const parsed = schema.safeParse(query)
  if (parsed.success)
    return {
      query:
        (method === 'GET' || method === 'HEAD') && reader === 'reader' && query.depth === undefined
          ? { ...query, depth: String(readerDefaultDepth) }
          : query,
    }
  const issue = parsed.error.issues[0]
  if (issue.code === 'unrecognized_keys') {
    return {
      problem: `${issue.keys.join(', ')}: unknown parameter${issue.keys.length > 1 ? 's' : ''} (a reader may give ${Object.keys(readerParams.shape).join(', ')})`,
    }
  }
  return { problem: issue.message }
}
