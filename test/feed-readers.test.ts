import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { seed } from '../seed'
import { type Hub, startHub } from './helpers/hub'

// Debian's Python, where python3-feedparser installs (another python3 may come first on PATH).
const python = '/usr/bin/python3'

/** Under CI=true a missing feedparser fails the run; elsewhere this file is left out, loudly. */
function feedparserAvailable(): boolean {
  try {
    execFileSync(python, ['-c', 'import feedparser'], { stdio: 'ignore' })
    return true
  } catch {
    const message = `python3-feedparser is missing (${fs.existsSync(python) ? 'apt-get install python3-feedparser' : `no ${python}`})`
    if (process.env.CI === 'true') throw new Error(`${message}: the feed reader tests cannot run`)
    console.warn(`\n*** ${message}: the feed reader tests are LEFT OUT. ***\n`)
    return false
  }
}

type Parsed = {
  bozo: boolean
  bozo_exception: string | null
  version: string
  language: string | null
  entries: { title: string; titleType: string; link: string; summary: string }[]
}

/** What a feed reader built on Python's feedparser makes of a feed. */
function feedparser(body: string): Parsed {
  const script = `
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  'bozo': bool(d.bozo),
  'bozo_exception': str(d.get('bozo_exception')) if d.bozo else None,
  'version': d.version,
  'language': d.feed.get('language'),
  'entries': [{'title': e.get('title'), 'titleType': e.get('title_detail', {}).get('type'), 'link': e.get('link'), 'summary': e.get('summary', '')} for e in d.entries],
}))
`
  return JSON.parse(execFileSync(python, ['-c', script], { input: body, encoding: 'utf8' })) as Parsed
}

const run = feedparserAvailable()
let hub: Hub

describe.runIf(run)('feeds read by python3-feedparser', () => {
  beforeAll(async () => {
    hub = await startHub()
    await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
    await hub.payload.create({
      collection: 'news',
      data: {
        title: 'Alerte <script>alert(1)</script> & arnaques',
        summary: 'Ne rappelez pas un numéro <b>inconnu</b> & méfiez-vous',
        category: 'alert',
        scope: { level: 'communes', communes: ['35238'] },
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        _status: 'published',
      } as News,
    })
  })
  afterAll(async () => {
    await hub?.close()
  })

  const feeds = ['news', 'sheets'].flatMap((kind) =>
    (kind === 'news' ? ['', 'department=35', 'commune=35238'] : ['']).flatMap((territory) =>
      // Debian's feedparser (6.0) reads RSS and Atom; it has no JSON Feed reader (test/feeds.test.ts checks that one).
      ['fr', 'en'].flatMap((lang) =>
        ['rss', 'atom'].map((format) => `/feeds/${kind}.${format}?${[territory, `lang=${lang}`].filter(Boolean).join('&')}`),
      ),
    ),
  )

  it.each(feeds)('%s parses with no bozo flag, and every item links to a page readers can open', async (path) => {
    const response = await hub.api
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
        res.on('end', () => done(null, text))
      })
    expect(response.status).toBe(200)
    const parsed = feedparser(response.body as string)
    expect(parsed.bozo, parsed.bozo_exception ?? '').toBe(false)
    expect(parsed.entries.length).toBeGreaterThan(0)
    for (const entry of parsed.entries) {
      expect(entry.link.startsWith(`${hub.url}/`), entry.link).toBe(true)
      const page = await hub.api.get(new URL(entry.link).pathname)
      expect(page.status, entry.link).toBe(200)
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    }
  })

  it('shows editors’ plain text as text: no markup from a title or a summary', async () => {
    for (const format of ['rss', 'atom']) {
      const response = await hub.api
        .get(`/feeds/news.${format}?commune=35238`)
        .buffer(true)
        .parse((res, done) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
          res.on('end', () => done(null, text))
        })
      const entry = feedparser(response.body as string).entries.find((e) => e.title.startsWith('Alerte'))
      // A reader shows an HTML title as HTML and a plain one as it is: either way, the same text.
      const shown =
        entry?.titleType === 'text/html'
          ? 'Alerte &lt;script&gt;alert(1)&lt;/script&gt; &amp; arnaques'
          : 'Alerte <script>alert(1)</script> & arnaques'
      expect(entry?.title, format).toBe(shown)
      // feedparser gives summaries as HTML: the editor's tags are there as text, escaped.
      expect(entry?.summary, format).toContain('&lt;b&gt;inconnu&lt;/b&gt; &amp; méfiez-vous')
      expect(entry?.summary, format).not.toContain('<b>')
    }
  })
})
