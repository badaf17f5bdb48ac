import {
  type Access,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type Field,
  type FlattenedField,
  isolateObjectProperty,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isLocalEditor, isNationalStaff } from '../../src/access/roles'

/**
 * Who reads an image, as who reads the documents it belongs to: national staff every image; an
 * image is public once a published document shows it (and stays so: it has been on the web);
 * before that only its uploader sees it beside national staff, so an image uploaded for a draft
 * (an announcement under embargo) is no reader's, partner's or other department's.
 */
export const visibleImagesWhere = (user: PayloadRequest['user']): Where | true => {
  if (isNationalStaff(user)) return true
  const published: Where = { public: { equals: true } }
  return isLocalEditor(user) && user ? { or: [published, { uploadedBy: { equals: user.id } }] } : published
}

// A file is looked up by its name, with the same rule, where a refusal is a 404 (serveStoredFilesOnly).
export const readImages: Access = ({ req, isReadingStaticFile }) => (isReadingStaticFile ? true : visibleImagesWhere(req.user))

const publishing = 'relaisPublishingImages'

/** Kept by the hub, never sent by clients: hidden from every API. */
export const visibilityFields: Field[] = [
  { name: 'public', type: 'checkbox', hidden: true, defaultValue: true, index: true },
  { name: 'uploadedBy', type: 'relationship', relationTo: 'users', hidden: true, index: true },
]

/**
 * A new image is its uploader's until a published document shows it (the column's default is
 * true: images stored before this rule stay public). No client changes either field afterwards.
 */
export const keepVisibility: CollectionBeforeChangeHook = ({ context, data, operation, req }) => {
  if (operation === 'create') return { ...data, public: false, uploadedBy: req.user?.collection === 'users' ? req.user.id : null }
  if (req.payloadAPI === 'local' || context[publishing] === true) return data
  const { public: _public, uploadedBy: _uploadedBy, ...rest } = data
  return rest
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const idOf = (value: unknown): number | string | undefined => {
  const id = isPlainObject(value) ? value.id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** The images a rich text shows: its upload nodes of the media collection, walked without recursion. */
function imagesInRichText(value: unknown, found: Set<number | string>): void {
  const pending: unknown[] = [isPlainObject(value) ? value.root : undefined]
  while (pending.length) {
    const node = pending.pop()
    if (!isPlainObject(node)) continue
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = idOf(node.value)
      if (id !== undefined) found.add(id)
    }
    if (Array.isArray(node.children)) pending.push(...node.children)
  }
}

/** The images a document's data shows, through its upload and relationship fields and its rich texts. */
function imagesIn(fields: FlattenedField[], data: unknown, found: Set<number | string>): void {
  if (!isPlainObject(data)) return
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === 'media') {
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = idOf(item)
        if (id !== undefined) found.add(id)
      }
    } else if (field.type === 'richText') imagesInRichText(value, found)
    else if (field.type === 'group' || field.type === 'tab') imagesIn(field.flattenedFields, value, found)
    else if (field.type === 'array' && Array.isArray(value)) for (const row of value) imagesIn(field.flattenedFields, row, found)
  }
}

/**
 * Publishing a document makes the images it shows public, in the same transaction (and through
 * the images' own hooks, so the caches of image lists are purged).
 */
export const publishShownImages: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  const found = new Set<number | string>()
  imagesIn(collection.flattenedFields, doc, found)
  if (found.size === 0) return doc
  // The editor's request, in its transaction, marked as the hub's own write for keepVisibility.
  const own = isolateObjectProperty(req, 'context')
  own.context = { ...req.context, [publishing]: true }
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: [...found] } }, { public: { equals: false } }] },
    data: { public: true },
    depth: 0,
    overrideAccess: true,
    req: own,
  })
  return doc
}
