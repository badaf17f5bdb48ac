/**
 * Compiles the hub's server and the commands an operator runs beside it into dist/server
 * (`serve.js`, `seed.js`, `import-units.js`), so that production runs plain JavaScript with
 * `node`, which then receives the signals itself. Packages stay in node_modules; only the hub's
 * own TypeScript is bundled. Run by npm start, before the tests and by `npm run build:server`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build, type Plugin } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const serverDir = path.join(root, 'dist', 'server')

/**
 * A few modules find files beside their source (`import.meta.url`: the catalogue next to
 * seed/readCatalogue.ts). Bundled, they would look beside dist/server instead: each keeps its
 * source's address, written relative to the output so that the folder can move with the project.
 */
const sourceAddresses: Plugin = {
  name: 'source-addresses',
  setup(builder) {
    builder.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await fs.promises.readFile(args.path, 'utf8')
      const loader = args.path.endsWith('x') ? ('tsx' as const) : ('ts' as const)
      if (!source.includes('import.meta.')) return { contents: source, loader }
      const fromOutput = path.relative(serverDir, args.path).split(path.sep).join('/')
      const url = `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`
      const dirname = `path_.dirname(fileURLToPath_(${url}))`
      const contents = `import path_ from 'node:path'\nimport { fileURLToPath as fileURLToPath_ } from 'node:url'\n${source
        .replaceAll('import.meta.url', url)
        .replaceAll('import.meta.dirname', dirname)}`
      return { contents, loader }
    })
  },
}

const sameFiles = (a: string, b: string): boolean => {
  if (!fs.existsSync(a) || !fs.existsSync(b)) return false
  const [left, right] = [fs.readdirSync(a).sort(), fs.readdirSync(b).sort()]
  return left.join('\0') === right.join('\0') && left.every((name) => fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))))
}

/**
 * Builds beside the folder and swaps it in only when the output changed: servers of other
 * processes (the fleet's tests, several checkouts' commands) may be starting from it meanwhile.
 */
export async function buildServer(outdir: string = serverDir): Promise<string[]> {
  const fresh = `${outdir}.building-${process.pid}`
  fs.rmSync(fresh, { recursive: true, force: true })
  await compile(fresh)
  if (sameFiles(fresh, outdir)) {
    fs.rmSync(fresh, { recursive: true, force: true })
  } else {
    const old = `${outdir}.old-${process.pid}`
    if (fs.existsSync(outdir)) fs.renameSync(outdir, old)
    fs.renameSync(fresh, outdir)
    fs.rmSync(old, { recursive: true, force: true })
  }
  return fs.readdirSync(outdir).filter((name) => !name.startsWith('chunk-') && name.endsWith('.js'))
}

async function compile(outdir: string): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: { serve: 'src/cli/serve.ts', seed: 'src/cli/seed.ts', 'import-units': 'src/cli/importUnits.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    sourcemap: true,
    outdir,
    plugins: [sourceAddresses],
    logLevel: 'warning',
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildServer()
  console.log(`Server built into ${path.relative(process.cwd(), serverDir)}: ${files.join(', ')}`)
}
