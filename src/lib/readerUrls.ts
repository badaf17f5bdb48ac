import { absoluteUrl } from './absoluteUrl'
import { type Lang } from './language'

/** The path of each kind of reader page, per language: French at the root, English under /en. */
export const readerPaths = {
  sheet: { fr: '/fiches/:slug', en: '/en/sheets/:slug' },
  news: { fr: '/actualites/:slug', en: '/en/news/:slug' },
  service: { fr: '/demarches/:slug', en: '/en/services/:slug' },
  unit: { fr: '/unites/:id', en: '/en/units/:id' },
  commune: { fr: '/communes/:insee', en: '/en/communes/:insee' },
} as const

export type ReaderPage = keyof typeof readerPaths

/** The path of the page where a reader reads one item. */
export const readerPath = (page: ReaderPage, key: string | number, lang: Lang = 'fr'): string =>
  readerPaths[page][lang].replace(/:\w+/, encodeURIComponent(String(key)))

/**
 * The address of the page where a reader reads one item, on the hub's public origin: what
 * widgets, feeds, oEmbed, shares and search engines link to.
 */
export const readerUrl = (origin: string, page: ReaderPage, key: string | number, lang: Lang = 'fr'): string =>
  absoluteUrl(origin, readerPath(page, key, lang))
