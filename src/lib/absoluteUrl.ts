/**
 * A path served by the hub (a media URL, a feed path), made absolute on the public origin
 * (`settingsOf(req.payload).origin`): every absolute link the hub hands out (feeds, frames,
 * oEmbed, images, webhooks) is built here, never from a request's Host or X-Forwarded-Host.
 */
export const absoluteUrl = (origin: string, pathOrUrl: string): string => new URL(pathOrUrl, origin).toString()
