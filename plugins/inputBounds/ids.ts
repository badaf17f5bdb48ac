/** PostgreSQL and SQLite number documents with 32-bit serials: a larger id is no document of ours. */
const maxSerial = 2_147_483_647

/** Whether a value from outside can name a stored document, for the adapter's kind of id. */
export function isDocumentId(value: unknown, idType: 'number' | 'text'): boolean {
  if (idType === 'text') return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= maxSerial
}

export const idExpectation = (idType: 'number' | 'text'): string =>
  idType === 'number' ? `a whole number between 1 and ${maxSerial}` : 'a document id'
