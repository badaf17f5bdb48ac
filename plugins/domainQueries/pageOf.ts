import { APIError, type CollectionSlug, type PayloadRequest, type TypedLocale, type Where } from 'payload'

export type PageArgs = { locale?: TypedLocale; fallbackLocale?: TypedLocale; limit?: number; page?: number }

/**
 * One page of a collection as the caller may read it, in the language asked: what the hub's
 * list queries answer, with Payload's own paginated type.
 */
export async function pageOf<C extends CollectionSlug>(
  req: PayloadRequest,
  args: PageArgs,
  { collection, where, sort, defaultLimit }: { collection: C; where: Where; sort: string; defaultLimit: number },
) {
  const { limit, page, locale, fallbackLocale } = pageBounds(req, args, defaultLimit)
  return req.payload.find({ collection, where, sort, limit, page, depth: 0, locale, fallbackLocale, overrideAccess: false, req })
}

/** A list query's page, size and languages, checked; the languages become the request's. */
export function pageBounds(req: PayloadRequest, args: PageArgs, defaultLimit: number) {
  const limit = args.limit ?? defaultLimit
  if (limit < 1 || limit > 100) throw new APIError('limit: between 1 and 100', 400, undefined, true)
  const page = args.page ?? 1
  if (page < 1) throw new APIError('page: 1 or more', 400, undefined, true)
  if (args.locale) req.locale = args.locale
  if (args.fallbackLocale) req.fallbackLocale = args.fallbackLocale
  return { limit, page, locale: args.locale ?? req.locale ?? 'fr', fallbackLocale: args.fallbackLocale ?? 'fr' }
}
