import type { FlattenedField, Option } from 'payload'

import type { Say } from '../../src/lib/editorMessages'
import { idExpectation, isDocumentId } from './ids'
import { richTextIssue } from './richText'
import { defaultBounds } from './textBounds'

/** A refusal at a field path; the message does not repeat the path (the REST and GraphQL answers prefix it). */
export type Issue = { path: string; message: string }

/** `say` words what an editor can meet in the admin (texts too long, NUL); the rest only an API client can send. */
export type DataContext = { idType: 'number' | 'text'; locales: string[]; say: Say }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const describe = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  if (typeof value === 'string') return 'text'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

const optionValues = (options: Option[]): string[] => options.map((option) => (typeof option === 'string' ? option : option.value))

/** PostgreSQL refuses NUL in text, and no reader or editor ever means one. */
export const hasNul = (text: string): boolean => text.includes('\u0000')

export function textIssue(value: unknown, maxLength: number | undefined, say: Say): string | undefined {
  if (typeof value !== 'string') return `expected one text value, got ${describe(value)}`
  if (hasNul(value)) return say('containsNul')
  if (maxLength !== undefined && value.length > maxLength) return say('textTooLong', { max: maxLength, length: value.length })
  return undefined
}

/** Finds a NUL anywhere in a rich text or JSON value, and measures it. */
function structuredIssue(value: unknown, limit: number): string | undefined {
  let serialized: string
  try {
    serialized = typeof value === 'string' ? value : JSON.stringify(value)
  } catch {
    return 'not serializable as JSON'
  }
  // JSON escapes a NUL as \u0000; a raw string carries it as is.
  if (hasNul(serialized) || /(^|[^\\])(\\\\)*\\u0000/.test(serialized)) return 'contains a NUL character'
  if (serialized.length > limit) return `at most ${limit} characters once serialized (got ${serialized.length})`
  return undefined
}

function relationIssue(value: unknown, field: { relationTo: string | string[] }, idType: DataContext['idType']): string | undefined {
  const id = isPlainObject(value) ? (value.id ?? value.value) : value
  const target = Array.isArray(field.relationTo) ? field.relationTo.join(' or ') : field.relationTo
  return isDocumentId(id, idType) ? undefined : `expected the id of a ${target} (${idExpectation(idType)}), got ${JSON.stringify(id) ?? 'nothing'}`
}

function numberIssue(value: unknown, field: { min?: number; max?: number }): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${describe(value)}`
  if (field.min !== undefined && value < field.min) return `must be at least ${field.min}`
  if (field.max !== undefined && value > field.max) return `must be at most ${field.max}`
  return undefined
}

function dateIssue(value: unknown): string | undefined {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
  return Number.isFinite(time) ? undefined : `expected a date (ISO 8601), got ${JSON.stringify(value)}`
}

/** A list field's items, each checked by `item`; the first bad item names the problem. */
function listIssues(value: unknown, path: string, maxRows: number, say: Say, item: (value: unknown) => string | undefined): Issue[] {
  if (!Array.isArray(value)) return [{ path, message: `expected a list, got ${describe(value)}` }]
  if (value.length > maxRows) return [{ path, message: say('tooManyItems', { max: maxRows, count: value.length }) }]
  for (const [index, entry] of value.entries()) {
    const problem = item(entry)
    if (problem) return [{ path, message: `item ${index + 1}: ${problem}` }]
  }
  return []
}

function valueIssues(field: FlattenedField, value: unknown, path: string, context: DataContext): Issue[] {
  const one = (problem: string | undefined): Issue[] => (problem ? [{ path, message: problem }] : [])
  switch (field.type) {
    // Fields Payload adds itself (row ids, upload file names, API keys) get the default bounds too.
    case 'text':
      return field.hasMany
        ? listIssues(value, path, field.maxRows ?? defaultBounds.textRows, context.say, (item) =>
            textIssue(item, field.maxLength ?? defaultBounds.text, context.say),
          )
        : one(textIssue(value, field.maxLength ?? defaultBounds.text, context.say))
    case 'textarea':
    case 'code':
      return one(textIssue(value, field.maxLength ?? defaultBounds.textarea, context.say))
    case 'email':
      return one(textIssue(value, defaultBounds.email, context.say))
    case 'select':
    case 'radio': {
      const allowed = optionValues(field.options)
      const option = (item: unknown) =>
        typeof item === 'string' && allowed.includes(item) ? undefined : `${JSON.stringify(item)} is not one of ${allowed.join(', ')}`
      return field.type === 'select' && field.hasMany ? listIssues(value, path, allowed.length, context.say, option) : one(option(value))
    }
    case 'number':
      return field.hasMany
        ? listIssues(value, path, field.maxRows ?? defaultBounds.textRows, context.say, (item) => numberIssue(item, field))
        : one(numberIssue(value, field))
    case 'checkbox':
      return one(typeof value === 'boolean' ? undefined : `expected true or false, got ${describe(value)}`)
    case 'date':
      return one(dateIssue(value))
    case 'relationship':
    case 'upload':
      return field.hasMany
        ? listIssues(value, path, field.maxRows ?? defaultBounds.textRows, context.say, (item) => relationIssue(item, field, context.idType))
        : one(relationIssue(value, field, context.idType))
    case 'json':
      return one(structuredIssue(value, defaultBounds.structured))
    case 'richText':
      return one(structuredIssue(value, defaultBounds.structured) ?? richTextIssue(value))
    case 'point':
      return one(
        Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n))
          ? undefined
          : 'expected [longitude, latitude]',
      )
    case 'group':
    case 'tab':
      return isPlainObject(value)
        ? fieldsIssues(field.flattenedFields, value, path, context)
        : one(`expected an object of fields, got ${describe(value)}`)
    case 'array': {
      // Payload reads 0 as "no rows", as the admin sends it when every row was removed.
      if (value === 0 || value === '0') return []
      if (!Array.isArray(value)) return one(`expected a list of rows, got ${describe(value)}`)
      const maxRows = field.maxRows ?? defaultBounds.arrayRows
      if (value.length > maxRows) return one(context.say('tooManyItems', { max: maxRows, count: value.length }))
      return value.flatMap((row, index) =>
        isPlainObject(row)
          ? fieldsIssues(field.flattenedFields, row, `${path}.${index}`, context)
          : [{ path: `${path}.${index}`, message: 'expected an object of fields' }],
      )
    }
    default:
      return []
  }
}

const isLocaleMap = (value: unknown, locales: string[]): value is Record<string, unknown> =>
  isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => locales.includes(key))

function fieldsIssues(fields: FlattenedField[], data: Record<string, unknown>, prefix: string, context: DataContext): Issue[] {
  const issues: Issue[] = []
  for (const field of fields) {
    // Hidden fields are written by Payload itself (password hashes, sessions), never by a client.
    if (!('name' in field) || ('hidden' in field && field.hidden)) continue
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    // Payload stored `{"fr":"x"}` sent for a text as the text `{"fr":"x"}`: a write is in one
    // language, its locale's (a JSON field may hold such an object as its content).
    const scalar = field.type !== 'group' && field.type !== 'tab' && field.type !== 'array' && field.type !== 'json'
    if ('localized' in field && field.localized && scalar && isLocaleMap(value, context.locales)) {
      const each = context.locales.map((locale) => `?locale=${locale}`).join(' or ')
      issues.push({ path, message: `expected one value, got one per language; send each language in its own write (${each})` })
      continue
    }
    issues.push(...valueIssues(field, value, path, context))
  }
  return issues
}

/**
 * What is wrong with a document's data as a client sent it, before Payload coerces anything:
 * a list where one value is expected (stored as the text `["35238","45234"]` otherwise), text
 * over its length or holding NUL, an option that does not exist, a number given as text.
 * Drafts skip Payload's validation, never this.
 */
export function documentDataIssues(fields: FlattenedField[], data: unknown, context: DataContext): Issue[] {
  // An upload may come with its file alone.
  if (data === undefined) return []
  if (!isPlainObject(data)) return [{ path: 'body', message: `body: expected a JSON object of field values, got ${describe(data)}` }]
  return fieldsIssues(fields, data, '', context)
}
