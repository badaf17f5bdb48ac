import { readEnv } from './env'

/**
 * The hub's public origin, from configuration only: SERVER_URL, else http://localhost:PORT (what
 * `npm start` serves and prints). Every absolute link the hub hands out (feeds, frames, oEmbed,
 * images, webhooks) starts with it, so a request's Host or X-Forwarded-Host can never change one.
 */
export function publicOrigin(): string {
  const env = readEnv()
  return env.SERVER_URL ? new URL(env.SERVER_URL).origin : `http://localhost:${env.PORT}`
}

/** A path served by the hub (a media URL, a feed path), made absolute on the public origin. */
export const absoluteUrl = (pathOrUrl: string): string => new URL(pathOrUrl, `${publicOrigin()}/`).toString()
