import { escapeHtml } from '../../src/lib/escapeHtml'
import type { FeedDocument } from './feedDocument'
import { child, hasXmlText, serializeXml, xmlDocument } from './xmlDocument'

const atomNs = 'http://www.w3.org/2005/Atom'
const contentNs = 'http://purl.org/rss/1.0/modules/content/'

/**
 * RSS 2.0 (rssboard.org/rss-specification). Titles are plain text; descriptions are HTML, so an
 * editor's summary is escaped once more to read as text; the body goes in content:encoded; an
 * image is the item's one enclosure (url, length and type, the only attributes RSS defines).
 */
export function rss(feed: FeedDocument): string {
  const document = xmlDocument()
  const channel = child(child(document, 'rss', { version: '2.0', 'xmlns:atom': atomNs, 'xmlns:content': contentNs }), 'channel')
  child(channel, 'title', {}, feed.title)
  child(channel, 'link', {}, feed.link)
  child(channel, 'description', {}, feed.title)
  child(channel, 'language', {}, feed.lang)
  child(channel, 'copyright', {}, feed.rights)
  child(channel, 'lastBuildDate', {}, feed.updated.toUTCString())
  child(channel, 'generator', {}, 'Relais')
  child(channel, 'docs', {}, 'https://www.rssboard.org/rss-specification')
  child(channel, [atomNs, 'atom:link'], { href: feed.self.rss, rel: 'self', type: 'application/rss+xml' })
  for (const entry of feed.entries) {
    const item = child(channel, 'item')
    child(item, 'title', {}, entry.title.text)
    child(item, 'link', {}, entry.link)
    child(item, 'guid', { isPermaLink: 'false' }, entry.id)
    child(item, 'pubDate', {}, (entry.published ?? entry.updated).toUTCString())
    if (entry.summary) child(item, 'description', {}, escapeHtml(entry.summary.text))
    if (entry.content) child(item, [contentNs, 'content:encoded'], {}, entry.content.html)
    for (const category of entry.categories) if (hasXmlText(category.label)) child(item, 'category', {}, category.label)
    if (entry.image) child(item, 'enclosure', { url: entry.image.url, length: String(entry.image.length), type: entry.image.type })
  }
  return serializeXml(document)
}
