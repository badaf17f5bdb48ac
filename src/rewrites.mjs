/**
 * Public URLs served by Payload endpoints (plugins add their endpoints under /api/...).
 * Next.js applies these rewrites; the test HTTP adapter applies the same list, so tests hit
 * the public URLs. Plain JavaScript because next.config.mjs imports it.
 * @type {{ source: string, destination: string }[]}
 */
export const rewrites = [
  // Feeds (plugins/syndication).
  { source: '/feeds/:file', destination: '/api/feeds/:file' },
  // Widgets (plugins/embeds): more specific paths first, the scripts last.
  { source: '/embed', destination: '/api/embed/builder' },
  { source: '/oembed', destination: '/api/embed/oembed' },
  { source: '/embed/v1/data/:widget', destination: '/api/embed/v1/data/:widget' },
  { source: '/embed/v1/frame/:widget', destination: '/api/embed/v1/frame/:widget' },
  { source: '/embed/v1/communes', destination: '/api/embed/v1/communes' },
  { source: '/embed/v1/:file', destination: '/api/embed/v1/assets/:file' },
]
