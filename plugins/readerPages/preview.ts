import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { isStaff } from '../../src/access/roles'

/**
 * How a reader page reads its content:
 * - `public`: what every reader sees, published only, shared and cached by the edge;
 * - `preview`: an editor's `?preview=1`, the latest draft as Payload lets this editor read it
 *   (their access rules, their territory), for them only and never cached;
 * - `refused`: `?preview=1` without an editor's session: no content at all, so that a preview
 *   link never shows a reader something else than what it says, and nothing is kept.
 */
export type Reading = { mode: 'public' } | { mode: 'preview'; user: NonNullable<PayloadRequest['user']> } | { mode: 'refused' }

export const publicReading: Reading = { mode: 'public' }

export function readingOf(req: PayloadRequest): Reading {
  if (!new URL(req.url ?? 'http://localhost').searchParams.has('preview')) return publicReading
  // Payload has already checked the session (signature, expiry, user still there) when it built req.user.
  return req.user && isStaff(req.user) ? { mode: 'preview', user: req.user } : { mode: 'refused' }
}

/** The Local API options that read as this reading: drafts with the editor's own access in preview. */
export const readAs = (reading: Reading) =>
  reading.mode === 'preview' ? ({ draft: true, user: reading.user, overrideAccess: false } as const) : ({ draft: false, overrideAccess: false } as const)

/**
 * Payload's server-side live preview, without a framework: tell the admin the page is ready,
 * then reload on each save, draft save or publish (the admin posts `payload-document-event`;
 * see payloadcms.com/docs/live-preview/server, "building your own router refresh component").
 * Written out rather than bundled from @payloadcms/live-preview: reader pages ship no script
 * bundle, and these two calls are the whole protocol.
 */
export const livePreviewScript =
  "addEventListener('message',function(e){if(e.origin===location.origin&&e.data&&e.data.type==='payload-document-event')location.reload()});" +
  "if(parent!==window)parent.postMessage({type:'payload-live-preview',ready:true},location.origin);"

export const livePreviewScriptHash = `'sha256-${crypto.createHash('sha256').update(livePreviewScript).digest('base64')}'`
