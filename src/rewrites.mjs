/**
 * Public URLs served by Payload endpoints (plugins add their endpoints under /api/...).
 * Next.js applies these rewrites; the test HTTP adapter applies the same list, so tests hit
 * the public URLs. Plain JavaScript because next.config.mjs imports it.
 * @type {{ source: string, destination: string }[]}
 */
export const rewrites = [{ source: '/feeds/:file', destination: '/api/feeds/:file' }]
