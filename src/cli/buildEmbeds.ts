/**
 * Bundles the widgets (embeds/) into dist/embed/v1: the loader and the frame script as plain
 * scripts, the widgets as ES modules sharing their runtime chunk. Run by npm start, before
 * tests and by `npm run build:embeds`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

import { embedAssetsDir } from '../../plugins/embeds/assetsDir'
import { widgetNames } from '../../plugins/embeds/catalogue'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export async function buildEmbeds(outdir: string = embedAssetsDir()): Promise<string[]> {
  fs.rmSync(outdir, { recursive: true, force: true })
  const common = { bundle: true, minify: true, target: ['es2022'], legalComments: 'none' as const, logLevel: 'warning' as const, absWorkingDir: root }
  await build({
    ...common,
    entryPoints: { loader: 'embeds/loader.ts', frame: 'embeds/frame.ts', builder: 'embeds/builder.ts' },
    format: 'iife',
    outdir,
  })
  await build({
    ...common,
    entryPoints: Object.fromEntries(widgetNames.map((name) => [`widget-${name}`, `embeds/${name}.ts`])),
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    outdir,
  })
  return fs.readdirSync(outdir).sort()
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildEmbeds()
  console.log(`Widgets built into ${path.relative(process.cwd(), embedAssetsDir())}: ${files.join(', ')}`)
}
