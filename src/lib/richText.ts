import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

type LexicalState = Parameters<typeof convertLexicalToHTML>[0]['data']

export type RichTextOptions = {
  /**
   * `keep` for a page or a feed, where the body's headings sit under the document's title;
   * `strong` for a widget, whose heading levels belong to the host page.
   */
  headings?: 'keep' | 'strong'
  /** Links open in a new tab (inside a widget, leaving the host page would lose the reader). */
  newTab?: boolean
}

/**
 * An editor's rich text as HTML safe to put anywhere (widgets, reader pages, feeds): the
 * converter escapes text, and sanitize-html keeps only plain structure and http(s), mailto and
 * tel links, whatever an editor pasted. The one rendering of rich text in the hub.
 */
export function richTextHtml(value: unknown, { headings = 'keep', newTab = false }: RichTextOptions = {}): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const html = convertLexicalToHTML({ data: value as LexicalState, disableContainer: true })
  const clean = sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'code'],
    allowedAttributes: { a: ['href', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', newTab ? { rel: 'noopener', target: '_blank' } : { rel: 'noopener' }) },
  }).trim()
  return headings === 'strong' ? clean.replace(/<(\/?)h[2-6]>/g, '<$1strong>') : clean
}
