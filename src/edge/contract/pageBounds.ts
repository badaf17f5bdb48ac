/** The largest page a reader or a partner may ask of a collection over REST (and GraphQL). */
export const maxPageSize = 100
/** Editors signed in may ask more: the admin's list loads up to 250 related documents at once. */
export const maxStaffPageSize = 1000
/** The last page anyone may ask: further pages make the database scan for nothing. */
export const maxPage = 100_000
/**
 * How deep readers and partners may populate relations over REST: a reader page shows a document
 * and what it links to, and Payload's default is 2. Deeper reads multiplied a page of sheets into
 * tens of megabytes of JSON.
 */
export const maxReaderDepth = 2
