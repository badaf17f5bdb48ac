import { z } from 'zod'

import { wholeNumberParam } from '../lib/queryNumber'
import { maxPage, maxPageSize, maxStaffPageSize } from './contract'

const maxDepth = 10

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

const buildReadParams = (pageSize: number) =>
  z.object({
    limit: wholeNumberParam(`limit: must be a whole number between 1 and ${pageSize}`, 1, pageSize).optional(),
    page: wholeNumberParam(`page: must be a whole number between 1 and ${maxPage}`, 1, maxPage).optional(),
    depth: wholeNumberParam(`depth: must be a whole number between 0 and ${maxDepth}`, 0, maxDepth).optional(),
    pagination: z
      .literal('true', { error: `pagination: cannot be turned off; page through with limit (at most ${maxPageSize}) and page` })
      .optional(),
    draft: booleanParam('draft').optional(),
    trash: booleanParam('trash').optional(),
    where: jsonObjectParam('where').optional(),
  })

// Built once per page size (a reader's, an editor's): zod compiles an object schema on its first
// use, which a schema built for each request would pay every time.
const readParamsBySize = new Map<number, ReturnType<typeof buildReadParams>>()
const readParams = (pageSize: number) => {
  let schema = readParamsBySize.get(pageSize)
  if (!schema) readParamsBySize.set(pageSize, (schema = buildReadParams(pageSize)))
  return schema
}

// Bulk writes through the admin ask `limit=0` (every matching document): writes need a session and access anyway.
const writeParams = z.object({
  limit: wholeNumberParam('limit: must be a whole number', 0, Number.MAX_SAFE_INTEGER).optional(),
  depth: wholeNumberParam(`depth: must be a whole number between 0 and ${maxDepth}`, 0, maxDepth).optional(),
  draft: booleanParam('draft').optional(),
  where: jsonObjectParam('where').optional(),
})

/**
 * What Payload's REST handlers would misread in a query string: numbers it parses leniently
 * (`limit=abc` read as the default, `limit=0` as "everything", a page so large the database
 * fails), a `where` that is not JSON, NUL characters. Conditions given field by field
 * (`where[id][in]=…`) are checked by the collections themselves, which know the fields.
 */
export function restQueryProblem(search: URLSearchParams, method: string, pageSize: number): string | undefined {
  const schema = method === 'GET' ? readParams(pageSize) : writeParams
  const raw: Record<string, string> = {}
  for (const [key, value] of search) {
    if (key.includes('\u0000') || value.includes('\u0000')) return `${key.replaceAll('\u0000', '\\u0000')}: contains a NUL character`
    if (key in raw && key in schema.shape) return `${key}: given more than once`
    raw[key] = value
  }
  const parsed = schema.safeParse(raw)
  return parsed.success ? undefined : parsed.error.issues[0].message
}

/** The page size asked for, when it is larger than anyone but an editor may ask. */
export function asksStaffPageSize(search: URLSearchParams): boolean {
  const limit = search.get('limit')
  return limit !== null && /^\d+$/.test(limit) && Number(limit) > maxPageSize && Number(limit) <= maxStaffPageSize
}
