import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { requestLines } from '../src/lib/logging'

/** A stream that records each write, as a log file or journald would receive them. */
function recorder(isTTY: boolean) {
  const writes: string[] = []
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'))
      done()
    },
  }) as unknown as NodeJS.WriteStream
  Object.assign(out, { isTTY })
  return { out, writes }
}

describe('the request lines', () => {
  it('are written in the hub’s log shape, gathered into one write per turn of the event loop', async () => {
    const { out, writes } = recorder(false)
    const lines = requestLines(out)
    for (let i = 0; i < 1000; i++) lines.info(`GET /api/news?page=${i} 200 0.4 ms`)
    expect(writes).toEqual([])
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toHaveLength(1)
    const written = writes[0].split('\n').filter(Boolean)
    expect(written).toHaveLength(1000)
    expect(written[0]).toMatch(/^\[\d{2}:\d{2}:\d{2}\] INFO \(payload\): GET \/api\/news\?page=0 200 0\.4 ms$/)
    expect(written[999]).toMatch(/page=999 200/)
    // Not a terminal: no colour codes.
    expect(writes.join('')).not.toContain('\u001b[')
  })

  it('colour their level on a terminal, as the hub’s other lines', async () => {
    const { out, writes } = recorder(true)
    requestLines(out).info('GET / 200 1.0 ms')
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes[0]).toContain('\u001b[32mINFO\u001b[39m (payload): GET / 200 1.0 ms')
  })
})
