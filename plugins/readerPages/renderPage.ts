import type { ReactElement } from 'react'

import { publicAnswer } from '../../src/edge/contract'
import { livePreviewScriptHash } from './livePreview'

/**
 * Reader pages are plain HTML: no script at all, the inline stylesheet, images from the hub.
 * Framed only by the hub itself (the admin's preview).
 */
export const readerPagePolicy =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"

/**
 * An editor's preview runs one script, the live preview's (see livePreview.ts), and frames the
 * hub's widget frame pages (the draft in each widget that shows it).
 */
const previewPolicy = `${readerPagePolicy}; script-src ${livePreviewScriptHash}; frame-src 'self'`

// Rendered by the hub's own server only. Next builds the admin from the same config and refuses
// React's string renderer in its server components, so it is loaded where it is used.
const renderer = () => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'react-dom/server')

export type PageAnswer = {
  status?: 200 | 403 | 404 | 410
  tags: string[]
  lastModified?: Date
  freshUntil?: Date
  /** An editor's preview: for them only, never kept by any cache. */
  preview?: boolean
}

/** A reader page as the edge serves it: shared, tagged and purged like every public read. */
export async function renderPage(
  element: ReactElement,
  { status = 200, tags, lastModified, freshUntil, preview = false }: PageAnswer,
): Promise<Response> {
  const { renderToStaticMarkup } = await renderer()
  const html = `<!doctype html>${renderToStaticMarkup(element)}`
  if (preview) {
    return new Response(html, {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': previewPolicy,
        'Cache-Control': 'private, no-store',
        'X-Robots-Tag': 'noindex',
      },
    })
  }
  if (status !== 200) {
    return new Response(html, {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': readerPagePolicy, 'Cache-Control': 'no-store' },
    })
  }
  return publicAnswer(html, 'text/html; charset=utf-8', { tags, lastModified, freshUntil, headers: { 'Content-Security-Policy': readerPagePolicy } })
}
