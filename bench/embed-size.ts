/**
 * Prints the gzip size of what a page downloads for each widget: the loader, then each widget's
 * module plus the shared runtime chunks it imports. Targets: loader under 3 KB, any widget with
 * its share of the runtime under 20 KB. `npx tsx bench/embed-size.ts` (builds first).
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { embedAssetsDir } from '../plugins/embeds/assetsDir'
import { buildEmbeds } from '../src/cli/buildEmbeds'

await buildEmbeds()
const dir = embedAssetsDir()
const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`

/** A module and every chunk it imports, transitively. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const source = fs.readFileSync(path.join(dir, file), 'utf8')
  for (const match of source.matchAll(/["']\.\/(chunk-[\w]+\.js)["']/g)) closure(match[1], seen)
  return seen
}

const rows: [string, number, number][] = []
const loader = gzip('loader.js')
rows.push(['loader.js', loader, 3 * 1024])
rows.push(['frame.js (iframe pages)', gzip('frame.js'), 3 * 1024])
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.startsWith('widget-'))
  .sort()) {
  const files = [...closure(file)]
  rows.push([`${file} + runtime (${files.length - 1} chunk)`, files.reduce((sum, f) => sum + gzip(f), 0), 20 * 1024])
}
let failed = false
for (const [name, size, budget] of rows) {
  const ok = size < budget
  failed ||= !ok
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(42)} ${kb(size).padStart(10)} gzip   (budget ${kb(budget)})`)
}
process.exitCode = failed ? 1 : 0
