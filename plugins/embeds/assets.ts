import fs from 'node:fs'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { cachedResponse } from '../../src/lib/httpCache'
import { embedAssetsDir } from './assetsDir'
import { problem } from './problem'

// Chunks carry a content hash in their name and never change; entry files keep stable names
// (they are what snippets point to) and are revalidated often.
const immutable = { maxAge: 31_536_000, staleWhileRevalidate: 0, cors: true }
const stable = { maxAge: 300, staleWhileRevalidate: 86_400, cors: true }

/**
 * GET /embed/v1/<file>.js: the widgets' scripts, served with CORS so that the loader can import
 * them as modules from any site, and with ETags.
 */
export const embedAssetsEndpoint: Endpoint = {
  path: '/embed/v1/assets/:file',
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    if (!/^[\w-]+\.js$/.test(file)) return problem(404, `file: no widget script named ${JSON.stringify(file)}`)
    let body: Buffer
    try {
      body = await fs.promises.readFile(path.join(embedAssetsDir(), file))
    } catch {
      return problem(404, `file: no widget script named ${JSON.stringify(file)} (run npm run build:embeds)`)
    }
    return cachedResponse(req as unknown as Request, new Uint8Array(body), 'text/javascript; charset=utf-8', file.startsWith('chunk-') ? immutable : stable, {
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    })
  },
}
