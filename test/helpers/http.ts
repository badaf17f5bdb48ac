import http from 'node:http'
import { Readable } from 'node:stream'

import { rewritePath } from './rewrites'

export type Route = {
  method: string | '*'
  /** Matched against the pathname; named groups become params. */
  path: RegExp
  handle: (request: Request, params: Record<string, string>) => Promise<Response> | Response
}

/**
 * The smallest web-standard server: turns Node requests into `Request`s for Payload's route
 * handlers (the same functions Next.js calls), so supertest drives the real HTTP behaviour.
 */
export function createServer(routes: Route[]): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
      url.pathname = rewritePath(url.pathname)
      const method = req.method ?? 'GET'
      const route = routes.find((r) => (r.method === '*' || r.method === method) && r.path.test(url.pathname))
      if (!route) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'not found' }))
        return
      }
      const headers = new Headers()
      for (const [key, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
        else if (value !== undefined) headers.set(key, value)
      }
      // As Next's own server does: the socket address, unless a proxy already said who is calling.
      if (!headers.has('x-forwarded-for') && req.socket.remoteAddress) headers.set('x-forwarded-for', req.socket.remoteAddress)
      const hasBody = !['GET', 'HEAD'].includes(method)
      const request = new Request(url, {
        method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit)
      const params = route.path.exec(url.pathname)?.groups ?? {}
      const response = await route.handle(request, params)
      const outgoing: Record<string, string | string[]> = {}
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') outgoing[key] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) outgoing['set-cookie'] = cookies
      res.writeHead(response.status, outgoing)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      // A test should see the failure, not a hung socket.
      res.writeHead(599, { 'Content-Type': 'text/plain' }).end(String((error as Error)?.stack ?? error))
    }
  })
}
