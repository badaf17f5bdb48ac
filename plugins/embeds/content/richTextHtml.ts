import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

type LexicalState = Parameters<typeof convertLexicalToHTML>[0]['data']

/**
 * Rich text as HTML a widget can insert: the converter escapes text, and sanitize-html keeps
 * only plain structure and http(s)/mailto/tel links, whatever an editor pasted.
 */
export function richTextHtml(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const html = convertLexicalToHTML({ data: value as LexicalState, disableContainer: true })
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'code'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    // Headings inside a sheet sit below the widget's own heading level, chosen by the host.
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener', target: '_blank' }) },
  }).replace(/<(\/?)h[2-6]>/g, '<$1strong>')
}
