import path from 'node:path'

/** Where `npm run build:embeds` writes the widgets' scripts, served under /embed/v1/. */
export const embedAssetsDir = (): string => path.resolve(process.env.EMBED_ASSETS_DIR || path.join('dist', 'embed', 'v1'))
