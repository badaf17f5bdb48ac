/**
 * Payload keeps the admin's client field schema (where each field's label is resolved) in one
 * process-wide cache per collection, whatever the language it was built in
 * (`@payloadcms/ui` getClientSchemaMap): once an editor opened a form in French, an editor using
 * the admin in English read « Créé le », « Titre », « État ». Payload's own flag for rebuilding
 * it (set after a hot reload) is kept on, so each request builds it in its own language.
 * Building it is a walk over one collection's fields.
 */
const flag = '_payload_doNotCacheClientSchemaMap'
if (!Object.getOwnPropertyDescriptor(globalThis, flag)?.get)
  Object.defineProperty(globalThis, flag, { configurable: true, get: () => true, set: () => undefined })

export {}
