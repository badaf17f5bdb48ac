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
/**
 * The depth of a reader's or partner's REST read that names none: a document and what it links
 * to, each linked one as ids. Payload's default of 2 also populated what those link to: ten
 * sheets were 608 KB of JSON at 46 ms (p99 over 100 ms at national volumes), 253 KB at 28 ms
 * at depth 1. `depth=2` is still there for who asks.
 */
export const readerDefaultDepth = 1
