import type { PayloadRequest } from 'payload'

/** The hub's public origin: SERVER_URL when set, else the origin the request reached. */
export function hubOrigin(req: PayloadRequest): string {
  if (req.payload.config.serverURL) return new URL(req.payload.config.serverURL).origin
  return new URL(req.url ?? 'http://localhost').origin
}
