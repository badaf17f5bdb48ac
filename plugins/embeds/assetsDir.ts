import path from 'node:path'

import { readFolders } from '../../src/lib/env'

/**
 * Where `npm run build:embeds` writes the widgets' scripts (EMBED_ASSETS_DIR), for the commands
 * that build or measure them before the hub has its settings; the hub serves them from
 * `settings.folders.embedAssets`, the same folder.
 */
export const embedAssetsDir = (source: Record<string, string | undefined> = process.env): string =>
  path.resolve(/*turbopackIgnore: true*/ readFolders(source).EMBED_ASSETS_DIR)
