import {
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Config,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  ValidationError,
} from 'payload'

import { isAdminSession } from '../../src/lib/adminSession'
import { type Say, sayFor } from '../../src/lib/editorMessages'
import { labelOfPath } from '../../src/lib/fieldLabels'
import { documentDataIssues, textIssue, type Issue } from './documentData'
import { fieldErrorMessage } from '../../src/lib/fieldMessage'
import { withDefaultBounds } from './fieldBounds'
import { idExpectation, isDocumentId } from './ids'
import { relationSortIssues } from './relationSorts'
import { withoutServerManaged } from './serverManaged'
import { whereIssues } from './whereValues'

const idTypeOf = (req: PayloadRequest): 'number' | 'text' => (req.payload.db.defaultIDType === 'number' ? 'number' : 'text')

/** Payload parses the id of a REST path with parseFloat: `/api/units/1%00` would read unit 1. */
function documentIdIssues(req: PayloadRequest, collection: SanitizedCollectionConfig): Issue[] {
  const raw = req.routeParams?.id
  if (req.payloadAPI !== 'REST' || req.routeParams?.collection !== collection.slug || typeof raw !== 'string') return []
  const idType = idTypeOf(req)
  return isDocumentId(raw, idType) ? [] : [{ path: 'id', message: `id: ${JSON.stringify(raw)} is not a valid id (${idExpectation(idType)})` }]
}

/** Login and password forms: the fields a client sends there are looked up as they are. */
function credentialIssues(data: unknown, say: Say): Issue[] {
  if (typeof data !== 'object' || data === null) return []
  const bounds: Record<string, number> = { email: 254, password: 1024, token: 1024, username: 254 }
  const issues: Issue[] = []
  for (const [name, maxLength] of Object.entries(bounds)) {
    const value = (data as Record<string, unknown>)[name]
    const problem = value === undefined ? undefined : textIssue(value, maxLength, say)
    if (problem) issues.push({ path: name, message: `${name}: ${problem}` })
  }
  return issues
}

// Every refusal is a ValidationError: it carries its field paths as data, which Payload's REST
// answer keeps even in a production build, where a bare APIError's minified name loses its message.
const checkInput: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const idType = idTypeOf(req)
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const say = sayFor(req)
  const issues: Issue[] = documentIdIssues(req, collection)
  const writes = operation === 'create' || operation === 'update'
  // Payload answered 200 to a write with ?locale=all and stored nothing.
  if (writes && req.locale === 'all') {
    const each = locales.map((locale) => `?locale=${locale}`).join(' or ')
    issues.push({ path: 'locale', message: `locale: "all" reads every language at once; a write is in one language (${each})` })
  }
  if (writes && 'data' in args) {
    args.data = withoutServerManaged(req, collection, args.data) as typeof args.data
    issues.push(...documentDataIssues(collection.flattenedFields, args.data, { idType, locales, say }))
    if (collection.auth && 'data' in args && typeof args.data === 'object' && args.data && 'password' in args.data) {
      issues.push(...credentialIssues({ password: (args.data as { password: unknown }).password }, say))
    }
  }
  if (operation === 'login' || operation === 'forgotPassword' || operation === 'resetPassword') issues.push(...credentialIssues(args.data, say))
  if ('where' in args && args.where) issues.push(...whereIssues(collection.flattenedFields, args.where, idType))
  if ('sort' in args && args.sort && !args.overrideAccess) issues.push(...(await relationSortIssues(req, collection, args.sort)))
  if (issues.length) throw new ValidationError({ collection: collection.slug, errors: issues }, req.t)
  return args
}

function boundCollection(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: withDefaultBounds(collection.fields),
    hooks: { ...hooks, beforeOperation: [checkInput, ...(hooks.beforeOperation ?? [])] },
  }
}

export type InputBoundsOptions = {
  /** Off: only Payload's own validation applies (no bounds, unchecked query values). */
  enabled?: boolean
}

/**
 * Every input typed and bounded, whatever the way in (REST, GraphQL, the admin, the Local API,
 * drafts included): document data and query values are checked before Payload coerces them
 * or the database sees them, and validation errors name field paths. Apply it last, so it
 * covers the collections other plugins add.
 */
export const inputBounds =
  ({ enabled = true }: InputBoundsOptions = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    return {
      ...config,
      collections: (config.collections ?? []).map(boundCollection),
      hooks: {
        ...config.hooks,
        afterError: [
          ...(config.hooks?.afterError ?? []),
          ({ error, result, graphqlResult, collection, req }) => {
            const errors =
              (error as { data?: { errors?: unknown } }).data?.errors ??
              (error as { originalError?: { data?: { errors?: unknown } } }).originalError?.data?.errors
            if (!Array.isArray(errors)) return
            // The admin's toast: which fields, by their labels; each field shows its own message.
            if (result && collection && req.headers && isAdminSession(req.headers, req.payload.config.cookiePrefix)) {
              const labels = [
                ...new Set((errors as { path?: string }[]).map(({ path }) => path && labelOfPath(collection.flattenedFields, path, req.i18n))),
              ]
              const intro = req.t('error:followingFieldsInvalid', { count: labels.length })
              const message = `${intro} ${labels.filter(Boolean).join(', ')}`
              return { response: { ...result, errors: result.errors.map((entry) => ({ ...entry, message })) } }
            }
            if (!(error instanceof ValidationError || (error as { originalError?: unknown }).originalError instanceof ValidationError)) return
            const message = fieldErrorMessage(errors)
            if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
            if (result) return { response: { ...result, errors: result.errors.map((entry) => ({ ...entry, message })) } }
          },
        ],
      },
    }
  }
