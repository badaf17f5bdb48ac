import type { Endpoint, PayloadRequest, Where } from 'payload'

import { documentTag, mediaFileTag, problem, type PublicEndpointCustom, surrogateKey } from '../../src/edge/contract'

const sizeNames = ['thumbnail', 'card', 'share'] as const

/** The stored image that owns a file name: its original or one of its sizes. */
const ownerWhere = (filename: string): Where => ({
  or: [{ filename: { equals: filename } }, ...sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } }))],
})

/**
 * GET /media/<file>: a stored image at a public address that robots.txt lets crawlers, link
 * previews and feed readers fetch. Only files of images in the media collection are served, by
 * Payload's own file handler (type, length, ranges, any storage adapter); the answer is a public
 * read tagged with the file and its image, so that replacing or deleting the image purges it.
 */
async function serveMediaFile(req: PayloadRequest): Promise<Response> {
  const filename = String(req.routeParams?.file ?? '')
  const unknown = () => problem(404, `file: no image is stored as "${filename.slice(0, 200)}"`)
  if (!filename || /[/\\\0]/.test(filename) || filename === '.' || filename === '..') return unknown()
  const { docs } = await req.payload.find({
    collection: 'media',
    where: ownerWhere(filename),
    limit: 1,
    depth: 0,
    pagination: false,
    select: { updatedAt: true },
    overrideAccess: false,
  })
  const image = docs[0]
  if (!image) return unknown()
  const endpoints = req.payload.collections.media.config.endpoints
  const fileEndpoint = endpoints ? endpoints.find((endpoint) => endpoint.method === 'get' && endpoint.path === '/file/:filename') : undefined
  if (!fileEndpoint) return problem(404, 'file: images are not served by this hub')
  req.routeParams = { collection: 'media', filename }
  const answer = await fileEndpoint.handler(req)
  // Payload answers 500 when the file of a known image is missing on disk (and logs it): for a
  // reader it is an image that is not there.
  if (answer.status >= 500) return problem(404, `file: the image "${filename}" is not stored on this hub`)
  if (answer.status !== 200) return answer
  const headers = new Headers(answer.headers)
  headers.set('Surrogate-Key', surrogateKey([mediaFileTag(filename), documentTag('media', image.id)]))
  headers.set('Last-Modified', new Date(image.updatedAt).toUTCString())
  return new Response(answer.body, { status: 200, headers })
}

export const mediaFileEndpoint: Endpoint = {
  path: '/pages/media/:file',
  method: 'get',
  custom: { publicPath: '/media/:file', parameters: [] } satisfies PublicEndpointCustom,
  handler: serveMediaFile,
}
