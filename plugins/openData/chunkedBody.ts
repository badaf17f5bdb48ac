/** Rows written per chunk: small enough that the event loop is never held long. */
export const rowsPerChunk = 500

/**
 * A body written a chunk of rows at a time (each row turned into a record and serialised only
 * then), yielding to the event loop between chunks: a national file (10,000 units, several
 * megabytes) never holds the hub in one blocking pass.
 */
export function chunkedBody<T>(rows: T[], { head, chunk, tail }: { head: string; chunk: (items: T[], first: boolean) => string; tail: string }) {
  const encoder = new TextEncoder()
  let next = 0
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head))
    },
    async pull(controller) {
      if (next >= rows.length) {
        controller.enqueue(encoder.encode(tail))
        controller.close()
        return
      }
      if (next > 0) await new Promise((resolve) => setImmediate(resolve))
      const items = rows.slice(next, next + rowsPerChunk)
      const text = chunk(items, next === 0)
      next += items.length
      controller.enqueue(encoder.encode(text))
    },
  })
}
