import type { Lang } from '../../src/lib/language'
import type { FeedDocument } from './feedDocument'
import { child, hasXmlText, serializeXml, xmlDocument } from './xmlDocument'

const atomNs = 'http://www.w3.org/2005/Atom'

/** `xml:lang` on an element whose text is in another language than its parent's. */
const langOf = (text: Lang, parent: Lang): Record<string, string> => (text === parent ? {} : { 'xml:lang': text })

/**
 * Atom 1.0 (RFC 4287). Titles and summaries are plain text (`type="text"`), the body is HTML
 * (`type="html"`); the feed has an author, every category a `term` (the value) and a `label`, an
 * image is one `rel="enclosure"` link whose title is its alt text, and an untranslated text says
 * it is French with `xml:lang`.
 */
export function atom(feed: FeedDocument): string {
  const document = xmlDocument()
  const root = child(document, [atomNs, 'feed'], { 'xml:lang': feed.lang })
  child(root, 'id', {}, feed.id)
  child(root, 'title', { type: 'text' }, feed.title)
  child(root, 'updated', {}, feed.updated.toISOString())
  const author = child(root, 'author')
  child(author, 'name', {}, feed.author.name)
  child(author, 'uri', {}, feed.author.uri)
  child(root, 'link', { rel: 'self', type: 'application/atom+xml', href: feed.self.atom })
  child(root, 'link', { rel: 'alternate', type: 'text/html', href: feed.link })
  child(root, 'rights', { type: 'text' }, feed.rights)
  child(root, 'generator', {}, 'Relais')
  for (const entry of feed.entries) {
    const element = child(root, 'entry', langOf(entry.title.lang, feed.lang))
    child(element, 'id', {}, entry.id)
    child(element, 'title', { type: 'text' }, entry.title.text)
    child(element, 'link', { rel: 'alternate', type: 'text/html', href: entry.link })
    if (entry.image) {
      const { url, type, length, alt } = entry.image
      child(element, 'link', { rel: 'enclosure', type, length: String(length), ...(hasXmlText(alt) ? { title: alt } : {}), href: url })
    }
    child(element, 'updated', {}, entry.updated.toISOString())
    if (entry.published) child(element, 'published', {}, entry.published.toISOString())
    if (entry.summary) child(element, 'summary', { type: 'text', ...langOf(entry.summary.lang, entry.title.lang) }, entry.summary.text)
    if (entry.content) child(element, 'content', { type: 'html', ...langOf(entry.content.lang, entry.title.lang) }, entry.content.html)
    for (const category of entry.categories)
      child(element, 'category', { term: category.term, ...(hasXmlText(category.label) ? { label: category.label } : {}) })
  }
  return serializeXml(document)
}
