import path from 'node:path'

/**
 * Where `npm run build:embeds` writes the widgets' scripts, served under /embed/v1/. Read at run
 * time by the hub's own server, never by Next's output: the ignore comment keeps Next's build
 * tracer from including the whole project for a path it cannot know.
 */
export const embedAssetsDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.EMBED_ASSETS_DIR || path.join('dist', 'embed', 'v1'))
