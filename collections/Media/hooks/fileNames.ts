import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'

import { toSlug } from '../../../src/fields/slug'

type Sizes = Record<string, { filename?: string | null } | null | undefined>

// Payload names a size `<stem>-<width>x<height>.<ext>`.
const sizeSuffix = /-\d+x\d+$/

const sizeNames = (req: PayloadRequest): string[] => (req.payload.collections.media.config.upload.imageSizes ?? []).map(({ name }) => name)

const staticDir = (req: PayloadRequest): string => req.payload.collections.media.config.upload.staticDir as string

/** Every file name of one stem: the original in any format and each of its sizes. */
const ofStem = (stem: string) => new RegExp(`^${stem}(-\\d+x\\d+)?\\.[^.]+$`)

/** Whether a stored image, or any file in the media folder, already uses a name of this stem. */
async function stemTaken(req: PayloadRequest, stem: string): Promise<boolean> {
  const names = ofStem(stem)
  const or: Where[] = [{ filename: { like: stem } }, ...sizeNames(req).map((size) => ({ [`sizes.${size}.filename`]: { like: stem } }))]
  const { docs } = await req.payload.find({ collection: 'media', where: { or }, pagination: false, depth: 0, overrideAccess: true, req })
  for (const doc of docs) {
    const sizes = (doc.sizes ?? {}) as Sizes
    if ([doc.filename, ...Object.values(sizes).map((size) => size?.filename)].some((name) => name && names.test(name))) return true
  }
  const onDisk = await fs.readdir(staticDir(req)).catch(() => [] as string[])
  return onDisk.some((name) => names.test(name))
}

/**
 * The name an upload is stored under: the editor's, made URL-safe (`Forum sécurité.PNG` is
 * `forum-securite.png`), numbered when needed so that neither it nor any of its sizes is a name
 * another image already uses. Payload only checks the original's name: an upload `logo.png`
 * wrote its thumbnail `logo-320x240.png` over another image of that name. A stem never ends like
 * a size (`-320x240`), so an original is never another image's size either.
 */
export async function unclaimedFileName(req: PayloadRequest, uploaded: string): Promise<string> {
  const dot = uploaded.lastIndexOf('.')
  const extension = dot > 0 ? toSlug(uploaded.slice(dot + 1)) : ''
  const base = toSlug(dot > 0 ? uploaded.slice(0, dot) : uploaded) || 'image'
  for (let n = 0; ; n++) {
    const stem = n === 0 ? base : `${base}-${n}`
    if (sizeSuffix.test(stem)) continue
    if (!(await stemTaken(req, stem))) return extension ? `${stem}.${extension}` : stem
  }
}

export const renameUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) req.file.name = await unclaimedFileName(req, req.file.name)
  return args
}

/**
 * The last word before files are written, whatever named them (an upload, a copy of a stored
 * file, a fetch by URL): no file of this image may be another image's. Two uploads of one name
 * at the same instant are the case it catches; the second is refused, nothing is overwritten.
 */
export const refuseClaimedFileNames: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const sizes = (data.sizes ?? {}) as Sizes
  const names = [data.filename, ...Object.values(sizes).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
  if (names.length === 0) return data
  const claims: Where[] = [{ filename: { in: names } }, ...sizeNames(req).map((size) => ({ [`sizes.${size}.filename`]: { in: names } }))]
  const where: Where = originalDoc?.id ? { and: [{ id: { not_equals: originalDoc.id } }, { or: claims }] } : { or: claims }
  const { docs } = await req.payload.find({ collection: 'media', where, limit: 1, depth: 0, overrideAccess: true, req })
  if (docs.length) {
    const message = `the file name ${JSON.stringify(data.filename)} or one of its sizes belongs to another image (${docs[0].id}); upload it under another name`
    throw new APIError(`file: ${message}`, 409, { errors: [{ path: 'file', message }] }, true)
  }
  return data
}
