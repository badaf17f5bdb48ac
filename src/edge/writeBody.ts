import { problem } from './contract'
import { graphqlProblem } from './errors'

/** Room for the largest rich text a document may hold (plugins/inputBounds), with its JSON overhead. */
export const maxJsonBodyBytes = 4 * 1024 * 1024

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * What a write may carry. A browser sends `text/plain`, form-encoded and multipart bodies to
 * another site without asking first (no CORS preflight), with the editor's cookie: those are
 * refused, except multipart on REST, which the admin's forms and uploads use (Payload checks
 * the Origin of cookie sessions against its `csrf` list; see payload.config.ts). A JSON body
 * must be one object, no larger than needed.
 */
export async function writeBodyProblem(request: Request, api: 'rest' | 'graphql'): Promise<Response | undefined> {
  const refuse = (status: number, message: string): Response =>
    api === 'graphql' ? graphqlProblem(status, message, 'BAD_REQUEST') : problem(status, message)
  if (!writeMethods.has(request.method)) return undefined
  const length = request.headers.get('content-length')
  if ((length === null || length === '0') && !request.headers.has('transfer-encoding')) return undefined

  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (api === 'rest' && type === 'multipart/form-data') return undefined
  // Payload's long-query form (a GET sent as a POST) needs a custom header: no page can send it unasked.
  if (api === 'rest' && type === 'application/x-www-form-urlencoded' && request.headers.get('x-payload-http-method-override') === 'GET')
    return undefined
  if (type !== 'application/json') {
    const accepted = api === 'rest' ? 'application/json (multipart/form-data to upload a file)' : 'application/json'
    return refuse(415, `Content-Type: send ${accepted}, not ${type ? JSON.stringify(type) : 'none'}`)
  }

  const tooLarge = () => refuse(413, `body: at most ${maxJsonBodyBytes / 1024 / 1024} MB of JSON`)
  if (length !== null && Number(length) > maxJsonBodyBytes) return tooLarge()
  const text = await request.clone().text()
  if (Buffer.byteLength(text) > maxJsonBodyBytes) return tooLarge()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return refuse(400, `body: not valid JSON (${(error as Error).message})`)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, 'body: expected a JSON object')
  return undefined
}
