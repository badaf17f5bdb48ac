import type { CollectionSlug, Payload, SelectType } from 'payload'

import type { Lang } from './readerUrls'

/** A text worth showing: a non-blank string, or rich text with at least one node. */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (value && typeof value === 'object') {
    const children = (value as { root?: { children?: unknown[] } }).root?.children
    return Array.isArray(children) ? children.length > 0 : true
  }
  return false
}

/** Texts of some documents exactly as written in one language, without French put in their place. */
export type OwnTexts = { lang: Lang; docs: Map<string, Record<string, unknown>> }

/**
 * Reads, for documents already shown in `lang` with French as fallback, which of their texts
 * exist in `lang` itself: a page, a feed or an export then marks each text with the language it
 * is really in. French is the language every document is written in first: nothing to read.
 */
export async function ownTexts(
  payload: Payload,
  {
    collection,
    ids,
    lang,
    select,
    draft = false,
  }: { collection: CollectionSlug; ids: (string | number)[]; lang: Lang; select: SelectType; draft?: boolean },
): Promise<OwnTexts> {
  const docs = new Map<string, Record<string, unknown>>()
  if (lang === 'fr' || !ids.length) return { lang, docs }
  // Documents the caller has already read: this only tells which of their texts exist in `lang`.
  const { docs: found } = await payload.find({
    collection,
    where: { id: { in: [...new Set(ids)] } },
    locale: lang,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    select,
    draft,
    overrideAccess: true,
  })
  for (const doc of found as unknown as Record<string, unknown>[]) docs.set(String(doc.id), doc)
  return { lang, docs }
}

/**
 * The language a shown text is really in: `lang` when the document has it in that language, else
 * French (what Payload shows in its place). `path` names the field: `title`, `channels.2.note`.
 */
export function textLang(own: OwnTexts, id: string | number, path: string): Lang {
  if (own.lang === 'fr') return 'fr'
  let value: unknown = own.docs.get(String(id))
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return hasText(value) ? own.lang : 'fr'
}

/** The `lang` attribute of an element inside a page in `pageLang`: set only where the text's language differs. */
export const langAttribute = (textLanguage: Lang, pageLang: Lang): Lang | undefined => (textLanguage === pageLang ? undefined : textLanguage)
