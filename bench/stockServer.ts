/**
 * Payload's own REST path without the edge, for the API benchmark's uncached comparison: the
 * route handler Payload ships (REST_GET) behind the smallest node:http adapter, on the database
 * the hub uses. Started by bench/api.ts.
 */
import http from 'node:http'

import { REST_GET } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

const { default: config } = await import('../payload.config')
await getPayload({ config })
const restGet = REST_GET(config)

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value)
  const response = await restGet(new Request(url, { headers }), { params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }) })
  const outgoing: Record<string, string> = {}
  response.headers.forEach((value, key) => (outgoing[key] = value))
  res.writeHead(response.status, outgoing)
  res.end(Buffer.from(await response.arrayBuffer()))
}

http.createServer((req, res) => void answer(req, res)).listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`ready ${process.env.PORT}`))
