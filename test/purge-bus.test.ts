import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it, vi } from 'vitest'

import { createPurgeBus } from '../src/edge/purgeBus'

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

describe('purges between hub instances', () => {
  it('reach every other instance through Redis, and not the sender twice', async () => {
    const prefix = `relais-test-${crypto.randomUUID()}`
    const first = createPurgeBus({ redisUrl, prefix, purgeUrls: [] })
    const second = createPurgeBus({ redisUrl, prefix, purgeUrls: [] })
    const heardByFirst: string[][] = []
    const heardBySecond: string[][] = []
    first.subscribe((tags) => heardByFirst.push(tags))
    second.subscribe((tags) => heardBySecond.push(tags))
    try {
      await new Promise((resolve) => setTimeout(resolve, 300))
      const sent = Date.now()
      await first.purge(['news:12', 'dept:35'])
      await vi.waitFor(() => expect(heardBySecond).toEqual([['news:12', 'dept:35']]), { timeout: 1000, interval: 10 })
      expect(Date.now() - sent).toBeLessThan(1000)
      expect(heardByFirst).toEqual([['news:12', 'dept:35']])
    } finally {
      await first.close()
      await second.close()
    }
  })
})

describe('purges of the HTTP cache in front', () => {
  it('send PURGE with the tags in an xkey header, retrying a cache that fails', async () => {
    const received: { method?: string; xkey?: string }[] = []
    let failures = 1
    const cache = http.createServer((req, res) => {
      received.push({ method: req.method, xkey: req.headers.xkey as string })
      if (failures-- > 0) return res.writeHead(503).end()
      res.writeHead(200).end('Purged 2 objects')
    })
    await new Promise<void>((resolve) => cache.listen(0, '127.0.0.1', resolve))
    const warn = vi.fn()
    const bus = createPurgeBus({ prefix: 'unused', purgeUrls: [`http://127.0.0.1:${(cache.address() as AddressInfo).port}/`], warn })
    try {
      await bus.purge(['sheet:7', 'sheets', 'sheet:7'])
      await bus.settled()
      expect(received).toEqual([
        { method: 'PURGE', xkey: 'sheet:7 sheets' },
        { method: 'PURGE', xkey: 'sheet:7 sheets' },
      ])
      expect(warn).not.toHaveBeenCalled()
    } finally {
      await bus.close()
      cache.close()
    }
  })

  it('say which cache did not answer, without failing the change', async () => {
    const warn = vi.fn()
    const bus = createPurgeBus({ prefix: 'unused', purgeUrls: ['http://127.0.0.1:9/'], warn })
    await bus.purge(['news'])
    await bus.settled()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('http://127.0.0.1:9/ did not answer'))
    await bus.close()
  })
})
