import type { CollectionConfig, LivePreviewConfig } from 'payload'

import { type ReaderPage, readerUrl } from '../../src/lib/readerUrls'
import { settingsOf } from '../../src/lib/settings'
import { type Lang } from '../../src/lib/language'

type ReaderDocument = Record<string, unknown>

/** The collections readers read on a page of their own, how that page is addressed, and when readers may open it. */
export const readerCollections: Record<string, { page: ReaderPage; key: 'slug' | 'id'; isPublic: (doc: ReaderDocument) => boolean }> = {
  sheets: { page: 'sheet', key: 'slug', isPublic: (doc) => doc._status === 'published' },
  // An expired news item's page is a 410: nothing left to show.
  news: {
    page: 'news',
    key: 'slug',
    isPublic: (doc) => doc._status === 'published' && !(typeof doc.expiresAt === 'string' && Date.parse(doc.expiresAt) <= Date.now()),
  },
  services: { page: 'service', key: 'slug', isPublic: (doc) => doc._status === 'published' },
  units: { page: 'unit', key: 'id', isPublic: (doc) => doc.status === 'active' },
}

const langOf = (locale: unknown): Lang =>
  (typeof locale === 'string' ? locale : (locale as { code?: string } | undefined)?.code) === 'en' ? 'en' : 'fr'

const keyOf = (collection: string, doc: ReaderDocument | undefined): string | undefined => {
  const value = doc?.[readerCollections[collection].key]
  return (typeof value === 'string' && value) || typeof value === 'number' ? String(value) : undefined
}

/** The reader page of a document, as its editor previews it (drafts included), in the admin's content language. */
export function livePreviewUrl(origin: string, collection: string, doc: ReaderDocument | undefined, locale: unknown): string | null {
  const key = keyOf(collection, doc)
  return key ? `${readerUrl(origin, readerCollections[collection].page, key, langOf(locale))}?preview=1` : null
}

/** The reader page of a document as readers see it, once they may: Payload's "preview" link. */
export function publicPageUrl(origin: string, collection: string, doc: ReaderDocument | undefined, locale: unknown): string | null {
  const key = keyOf(collection, doc)
  return key && doc && readerCollections[collection].isPublic(doc) ? readerUrl(origin, readerCollections[collection].page, key, langOf(locale)) : null
}

// What readers use: a phone first, as most of them do. Labels are French; the English admin
// renames them (src/admin/HardCodedWords.tsx): Payload takes one string per size.
const breakpoints: LivePreviewConfig['breakpoints'] = [
  { name: 'mobile', label: 'Mobile', width: 390, height: 844 },
  { name: 'tablet', label: 'Tablette', width: 820, height: 1180 },
  { name: 'desktop', label: 'Ordinateur', width: 1280, height: 800 },
]

/**
 * Payload's live preview and preview link on every collection readers read on a page: the
 * editor sees the page as readers will, drafts included (see livePreview.ts), beside the form.
 */
export function withReaderPreviews(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (!(collection.slug in readerCollections)) return collection
    return {
      ...collection,
      admin: {
        ...collection.admin,
        livePreview: { url: ({ data, locale, req }) => livePreviewUrl(settingsOf(req.payload).origin, collection.slug, data, locale), breakpoints },
        preview: (doc, { locale, req }) => publicPageUrl(settingsOf(req.payload).origin, collection.slug, doc, locale),
      },
    }
  })
}
