import type { Lang } from '../../src/lib/language'

/** An item's image as a feed carries it: one enclosure, its alt text as the enclosure's title. */
export type FeedImage = { url: string; type: string; length: number; alt: string }

/** A category as a feed reader filters on it: a stable term and a label in the feed's language. */
export type FeedCategory = { term: string; label: string }

/** What every format says of one item; each text knows the language it is really written in. */
export type FeedEntry = {
  /** Stable whatever the slug becomes, so that a reader never sees an item twice. */
  id: string
  link: string
  title: { text: string; lang: Lang }
  summary?: { text: string; lang: Lang }
  /** The rich-text body, sanitised HTML. */
  content?: { html: string; lang: Lang }
  published?: Date
  updated: Date
  categories: FeedCategory[]
  image?: FeedImage
}

/** A feed before it is written in RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export type FeedDocument = {
  /** The feed's permanent id (its Atom address). */
  id: string
  title: string
  lang: Lang
  /** The page the feed is about (the hub, or a commune's page). */
  link: string
  self: { rss: string; atom: string; json: string }
  updated: Date
  author: { name: string; uri: string }
  rights: string
  entries: FeedEntry[]
}
