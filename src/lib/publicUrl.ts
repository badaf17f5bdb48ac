import { readEnv } from './env'

/**
 * The hub's public origin for absolute links: SERVER_URL when configured (behind a proxy the
 * request's own host may be internal), otherwise the origin the request came in on.
 */
export function publicOrigin(requestUrl: string | undefined): string {
  const configured = readEnv().SERVER_URL
  if (configured) return configured.replace(/\/+$/, '')
  return new URL(requestUrl ?? 'http://localhost').origin
}

/** Makes a path served by the hub (a media URL, a feed path) absolute. */
export const absoluteUrl = (origin: string, pathOrUrl: string): string => new URL(pathOrUrl, `${origin}/`).toString()
