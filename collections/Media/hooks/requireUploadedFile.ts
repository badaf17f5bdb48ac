import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

/**
 * A new image comes with its file. Payload also creates one from `{ url, filename }` by fetching
 * the URL from the server, which nothing in the hub uses and which gave a 500 for hosts it
 * blocks: over REST and GraphQL such a request is a 400 before anything is fetched. Duplicates
 * copy their original's file; scripts on the Local API are trusted code.
 */
export const requireUploadedFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local' || req.file || args.duplicateFromID != null) return args
  throw new ValidationError(
    {
      collection: 'media',
      errors: [{ path: 'file', message: 'send the image file itself (multipart/form-data): the hub does not fetch images from a URL' }],
    },
    req.t,
  )
}
