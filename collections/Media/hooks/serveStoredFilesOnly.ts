import fs from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, UploadConfig, Where } from 'payload'

import { visibleImagesWhere } from '../visibility'

type Handler = NonNullable<UploadConfig['handlers']>[number]

// A stored file's name: no path, no control character (Payload's own serving stumbles on NUL with a 500).
// eslint-disable-next-line no-control-regex
const unsafe = /[/\\\u0000-\u001f\u007f]|^\.\.?$/

const notFound = (filename: string): Response =>
  Response.json({ errors: [{ message: `filename: no image file is named ${JSON.stringify(filename)}` }] }, { status: 404 })

/**
 * `/api/media/file/<name>` serves the files of stored images the caller may read only: an
 * unknown name, a name no file could have, an image not yet shown by a published document, or a
 * file missing from the media folder is a 404 naming it (Payload answered a 500 for most). Runs
 * after Payload's read access check (which leaves files to this one), before it reads the disk.
 */
async function refusal(req: PayloadRequest, filename: string): Promise<Response | undefined> {
  if (!filename || unsafe.test(filename)) return notFound(filename ?? '')
  const config = req.payload.collections.media.config.upload
  const or: Where[] = [
    { filename: { equals: filename } },
    ...(config.imageSizes ?? []).map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
  ]
  const visible = visibleImagesWhere(req.user)
  const stored = await req.payload.db.findOne({ collection: 'media', req, where: visible === true ? { or } : { and: [{ or }, visible] } })
  if (!stored) return notFound(filename)
  const onDisk = await fs.stat(path.join(config.staticDir as string, filename)).catch(() => null)
  if (!onDisk?.isFile()) {
    req.payload.logger.warn(`media: the file ${filename} of image ${String(stored.id)} is missing from ${String(config.staticDir)}`)
    return notFound(filename)
  }
  return undefined
}

// Payload's type asks for a Response or nothing, which an async function cannot spell.
export const serveStoredFilesOnly: Handler = (req, { params }) => refusal(req, params.filename) as Promise<Response>
