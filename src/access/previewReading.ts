import type { PayloadRequest } from 'payload'

import { isStaff } from './roles'

/**
 * How a public page or widget reads its content:
 * - `public`: what every reader sees, published only, shared and cached by the edge;
 * - `preview`: an editor's `?preview=1`, the latest drafts as Payload lets this editor read them
 *   (their access rules, their territory), for them only and never cached;
 * - `refused`: `?preview=1` without an editor's session: no content at all, so that a preview
 *   link never shows anyone else a draft, and nothing is kept.
 */
export type Reading = { mode: 'public' } | { mode: 'preview'; user: NonNullable<PayloadRequest['user']> } | { mode: 'refused' }

export const publicReading: Reading = { mode: 'public' }

/** `preview` is the only parameter that asks for it; anything else is the public reading. */
export function readingOf(req: PayloadRequest, search: URLSearchParams = new URL(req.url ?? 'http://localhost').searchParams): Reading {
  if (!search.has('preview')) return publicReading
  // Payload has already checked the session (signature, expiry, user still there, sent from the
  // hub's own pages) when it built req.user.
  return req.user && isStaff(req.user) ? { mode: 'preview', user: req.user } : { mode: 'refused' }
}

/** The Local API options that read as this reading: drafts with the editor's own access in preview. */
export const readAs = (reading: Reading) =>
  reading.mode === 'preview'
    ? ({ draft: true, user: reading.user, overrideAccess: false } as const)
    : ({ draft: false, overrideAccess: false } as const)
