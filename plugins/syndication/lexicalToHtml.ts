import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** The rich-text body as HTML for feed readers; empty bodies give no content element. */
export function lexicalToHtml(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || !('root' in body)) return undefined
  const html = convertLexicalToHTML({ data: body as SerializedEditorState, disableContainer: true })
  return html.trim() || undefined
}
