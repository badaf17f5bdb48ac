import type { Media } from '../../payload-types'
import { absoluteUrl } from './absoluteUrl'

/**
 * Where readers, feed readers, link previews and image search fetch a stored image: `/media/<file>`,
 * outside `/api/` (which robots.txt keeps crawlers out of), served by the reader pages plugin.
 */
export const publicMediaPath = (filename: string): string => `/media/${encodeURIComponent(filename)}`

export type ImageSizeName = NonNullable<keyof NonNullable<Media['sizes']>>

export type PublicImage = {
  url: string
  alt: string
  width: number | null
  height: number | null
  mimeType: string | null
  filesize: number | null
}

/**
 * One size of an uploaded image at its public address, or the original when that size was not
 * made (an image smaller than the size); null for an image that is not populated or has no file.
 */
export function publicImage(origin: string, image: unknown, size?: ImageSizeName): PublicImage | null {
  if (!image || typeof image !== 'object') return null
  const media = image as Media
  const sized = size ? media.sizes?.[size] : undefined
  const file = sized?.filename ? sized : media
  if (!file.filename) return null
  return {
    url: absoluteUrl(origin, publicMediaPath(file.filename)),
    alt: media.alt ?? '',
    width: file.width ?? null,
    height: file.height ?? null,
    mimeType: file.mimeType ?? null,
    filesize: file.filesize ?? null,
  }
}
