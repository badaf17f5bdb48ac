/** The largest page a reader or a partner may ask of a collection over REST (and GraphQL). */
export const maxPageSize = 100
/** Editors signed in may ask more: the admin's list loads up to 250 related documents at once. */
export const maxStaffPageSize = 1000
/** The last page anyone may ask: further pages make the database scan for nothing. */
export const maxPage = 100_000
