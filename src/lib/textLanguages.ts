import type { CollectionSlug, Payload, SelectType } from 'payload'

import type { Lang } from './language'

/** A text worth showing: a non-blank string, or rich text with at least one node. */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (value && typeof value === 'object') {
    const children = (value as { root?: { children?: unknown[] } }).root?.children
    return Array.isArray(children) ? children.length > 0 : true
  }
  return false
}

/** The English texts of some documents, as editors wrote them: no French in place of a missing one. */
export type EnglishTexts = Map<string, Record<string, unknown>>

/**
 * Every document is written in French first; English is a translation that may be missing, and
 * then Payload shows the French text in its place. For documents the caller has already read,
 * this tells which texts exist in English, so that a page, a feed or an export marks each text
 * with the language it is really in and names only the translations that exist.
 */
export async function englishTexts(
  payload: Payload,
  { collection, ids, select, draft = false }: { collection: CollectionSlug; ids: (string | number)[]; select: SelectType; draft?: boolean },
): Promise<EnglishTexts> {
  const texts: EnglishTexts = new Map()
  if (!ids.length) return texts
  const { docs } = await payload.find({
    collection,
    where: { id: { in: [...new Set(ids)] } },
    locale: 'en',
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    select,
    draft,
    overrideAccess: true,
  })
  for (const doc of docs as unknown as Record<string, unknown>[]) texts.set(String(doc.id), doc)
  return texts
}

/** Whether a document's text exists in English. `path` names the field: `title`, `channels.2.note`. */
export function inEnglish(texts: EnglishTexts, id: string | number, path: string): boolean {
  let value: unknown = texts.get(String(id))
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return hasText(value)
}

/** The language a text shown on a page (or feed) in `pageLang` is really in. */
export const textLang = (pageLang: Lang, texts: EnglishTexts, id: string | number, path: string): Lang =>
  pageLang === 'en' && inEnglish(texts, id, path) ? 'en' : 'fr'

/** The `lang` attribute of an element inside a page in `pageLang`: set only where the text's language differs. */
export const langAttribute = (textLanguage: Lang, pageLang: Lang): Lang | undefined => (textLanguage === pageLang ? undefined : textLanguage)
