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
  const limit = args.limit ?? defaultLimit
  if (limit < 1 || limit > 100) throw new APIError('limit: between 1 and 100', 400, undefined, true)
  if (args.locale) req.locale = args.locale
  if (args.fallbackLocale) req.fallbackLocale = args.fallbackLocale
  return req.payload.find({
    collection,
    where,
    sort,
    limit,
    page: args.page ?? 1,
    depth: 0,
    locale: args.locale ?? req.locale ?? 'fr',
    fallbackLocale: args.fallbackLocale ?? 'fr',
    overrideAccess: false,
    req,
  })
}
