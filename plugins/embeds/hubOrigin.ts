import type { PayloadRequest } from 'payload'

/**
 * The hub's public origin for the absolute URLs it hands out (frame pages, oEmbed, images):
 * SERVER_URL when set (do set it behind a proxy), else the Host the request was sent to. Next
 * hands endpoints its own internal URL, so the request's URL alone would say "localhost".
 */
export function hubOrigin(req: PayloadRequest): string {
  if (req.payload.config.serverURL) return new URL(req.payload.config.serverURL).origin
  const url = new URL(req.url ?? 'http://localhost')
  const host = req.headers.get('host')
  return host && /^[\w.-]+(:\d+)?$|^\[[\d:a-f]+\](:\d+)?$/i.test(host) ? `${url.protocol}//${host}` : url.origin
}
