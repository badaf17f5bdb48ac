import type { FeedDocument } from './feedDocument'

/**
 * JSON Feed 1.1 (jsonfeed.org/version/1.1): each item's `language` is the one its title is really
 * written in; the body is `content_html`, or the summary as `content_text` when there is none
 * (an item needs one of them).
 */
export function jsonFeed(feed: FeedDocument): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.link,
    feed_url: feed.self.json,
    description: feed.title,
    language: feed.lang,
    authors: [{ name: feed.author.name, url: feed.author.uri }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.link,
      title: entry.title.text,
      ...(entry.summary ? { summary: entry.summary.text } : {}),
      ...(entry.content ? { content_html: entry.content.html } : { content_text: entry.summary?.text ?? entry.title.text }),
      ...(entry.image ? { image: entry.image.url } : {}),
      ...(entry.published ? { date_published: entry.published.toISOString() } : {}),
      date_modified: entry.updated.toISOString(),
      ...(entry.categories.length ? { tags: entry.categories.map((category) => category.label) } : {}),
      language: entry.title.lang,
    })),
  })
}
