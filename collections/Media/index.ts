import type { CollectionConfig } from 'payload'

import { isNationalStaff, isStaff } from '../../src/access/roles'
import { requiredInFrench } from '../../src/fields/requiredInFrench'
import { localeField } from '../../src/fields/localeField'
import { refuseClaimedFileNames, renameUpload } from './hooks/fileNames'
import { requireUploadedFile } from './hooks/requireUploadedFile'
import { serveStoredFilesOnly } from './hooks/serveStoredFilesOnly'
import { keepVisibility, readImages, visibilityFields } from './visibility'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { fr: 'Image', en: 'Image' }, plural: { fr: 'Images', en: 'Images' } },
  admin: { group: { fr: 'Contenus', en: 'Content' }, useAsTitle: 'alt' },
  access: {
    read: readImages,
    // A local editor uploads the images of their own news; images already in use anywhere
    // (national ones included) are changed or removed by national staff only.
    create: ({ req: { user } }) => isStaff(user),
    update: ({ req: { user } }) => isNationalStaff(user),
    delete: ({ req: { user } }) => isNationalStaff(user),
  },
  hooks: { beforeOperation: [requireUploadedFile, renameUpload], beforeChange: [keepVisibility, refuseClaimedFileNames] },
  upload: {
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    handlers: [serveStoredFilesOnly],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'share', width: 1200, height: 630, position: 'centre' },
    ],
  },
  fields: [
    localeField,
    {
      name: 'alt',
      type: 'text',
      label: { fr: 'Texte alternatif', en: 'Alt text' },
      localized: true,
      validate: requiredInFrench,
      // Required in French only (requiredInFrench): the mark tells editors so, without Payload's
      // own `required`, which would refuse an English translation saved before its alt text.
      admin: {
        components: { Label: '/src/admin/RequiredLabel#RequiredLabel' },
        description: { fr: 'Décrit l’image pour qui ne la voit pas (RGAA).', en: 'Describes the image for readers who cannot see it.' },
      },
    },
    { name: 'credit', type: 'text', label: { fr: 'Crédit', en: 'Credit' } },
    ...visibilityFields,
  ],
}
