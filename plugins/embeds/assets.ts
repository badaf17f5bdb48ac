import fs from 'node:fs'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { problem, publicAnswer, type PublicEndpointCustom } from '../../src/edge/contract'
import { settingsOf } from '../../src/lib/settings'

/**
 * GET /embed/v1/<file>.js: the widgets' scripts, served with CORS so that the loader can import
 * them as modules from any site, and with ETags.
 */
export const embedAssetsEndpoint: Endpoint = {
  path: '/embed/v1/assets/:file',
  method: 'get',
  custom: { publicPath: '/embed/v1/:file', parameters: [] } satisfies PublicEndpointCustom,
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    if (!/^[\w-]+\.js$/.test(file)) return problem(404, `file: no widget script named ${JSON.stringify(file)}`)
    let body: Buffer
    try {
      body = await fs.promises.readFile(path.join(settingsOf(req.payload).folders.embedAssets, file))
    } catch {
      return problem(404, `file: no widget script named ${JSON.stringify(file)} (run npm run build:embeds)`)
    }
    // Chunks carry a content hash in their name and never change; entry files keep stable names
    // (they are what snippets point to) and browsers ask again after five minutes.
    return publicAnswer(new Uint8Array(body), 'text/javascript; charset=utf-8', {
      tags: ['embed-assets'],
      immutable: file.startsWith('chunk-'),
      browserMaxAge: 300,
      headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
    })
  },
}
