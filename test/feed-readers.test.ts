import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News } from '../payload-types'
import { seed } from '../seed'
import { toolAvailable } from './helpers/debianTools'
import { type Hub, startHub } from './helpers/hub'
import { feedKinds } from '../plugins/syndication/feeds'

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
  entries: { title: string; titleType: string; link: string; summary: string; summaryType: string; enclosures: string[] }[]
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
  'entries': [{'title': e.get('title'), 'titleType': e.get('title_detail', {}).get('type'), 'link': e.get('link'), 'summary': e.get('summary', ''), 'summaryType': e.get('summary_detail', {}).get('type'), 'enclosures': [l.get('href') for l in e.get('enclosures', [])]} for e in d.entries],
}))
`
  return JSON.parse(execFileSync(python, ['-c', script], { input: body, encoding: 'utf8' })) as Parsed
}

const run = feedparserAvailable()
const runNewsboat = toolAvailable('newsboat', 'newsboat', 'the newsboat feed reader tests')
let hub: Hub

const feeds = feedKinds.flatMap((kind) =>
  (kind === 'news' ? ['', 'department=35', 'commune=35238'] : ['']).flatMap((territory) =>
    // Debian's feedparser (6.0) reads RSS and Atom; it has no JSON Feed reader (test/feeds.test.ts checks that one).
    ['fr', 'en'].flatMap((lang) =>
      ['rss', 'atom'].map((format) => `/feeds/${kind}.${format}?${[territory, `lang=${lang}`].filter(Boolean).join('&')}`),
    ),
  ),
)

beforeAll(async () => {
  if (!run && !runNewsboat) return
  hub = await startHub()
  await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')
  const image = await hub.payload.create({
    collection: 'media',
    data: { alt: 'Police & gendarmerie' },
    file: { data: png, mimetype: 'image/png', name: 'patrouille.png', size: png.length },
  })
  await hub.payload.create({
    collection: 'news',
    data: {
      title: 'Alerte <script>alert(1)</script> & arnaques',
      summary: 'Ne rappelez pas un numéro <b>inconnu</b> & méfiez-vous',
      category: 'alert',
      scope: { level: 'communes', communes: ['35238'] },
      image: image.id,
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
      _status: 'published',
    } as News,
  })
})
afterAll(async () => {
  await hub?.close()
})

describe.runIf(run)('feeds read by python3-feedparser', () => {
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

  it('shows editors’ plain text as text (no markup from a title or a summary) and one enclosure for an image', async () => {
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
      // One enclosure, the image at its public address.
      expect(entry?.enclosures, format).toEqual([expect.stringMatching(new RegExp(`^${hub.url}/media/patrouille[^/]*\\.png$`))])
      // RSS descriptions are HTML, where the editor's tags are escaped; Atom's summaries are plain text.
      if (entry?.summaryType === 'text/plain') expect(entry.summary, format).toBe('Ne rappelez pas un numéro <b>inconnu</b> & méfiez-vous')
      else {
        expect(entry?.summary, format).toContain('&lt;b&gt;inconnu&lt;/b&gt; &amp; méfiez-vous')
        expect(entry?.summary, format).not.toContain('<b>')
      }
    }
  })
})

type NewsboatItem = { title: string; url: string; feedurl: string }

/**
 * What newsboat keeps of a feed: it reloads it without a terminal (`-x reload`), then its cache
 * (SQLite) is read with Python's sqlite3. A feed it cannot parse leaves an error in its log and
 * no item.
 */
async function newsboat(url: string): Promise<{ items: NewsboatItem[]; errors: string[] }> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-newsboat-'))
  try {
    fs.writeFileSync(path.join(home, 'urls'), `${url}\n`)
    fs.writeFileSync(path.join(home, 'config'), '')
    const files = ['-u', path.join(home, 'urls'), '-c', path.join(home, 'cache.db'), '-C', path.join(home, 'config')]
    // Asynchronously: the hub newsboat reads from answers in this same process.
    const failure = await promisify(execFile)('newsboat', [...files, '-q', '-x', 'reload', '-l', '3', '-d', path.join(home, 'log')], {
      env: { ...process.env, HOME: home },
      timeout: 30_000,
    }).then(
      () => '',
      (error: Error) => `newsboat failed: ${error.message}`,
    )
    const log = fs.existsSync(path.join(home, 'log')) ? fs.readFileSync(path.join(home, 'log'), 'utf8') : ''
    const errors = [failure, ...log.split('\n').filter((line) => /ERROR/.test(line))].filter(Boolean)
    const script = `
import json, sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute('select title, url, feedurl from rss_item order by id')
print(json.dumps([dict(zip(['title', 'url', 'feedurl'], row)) for row in rows]))
`
    const items = JSON.parse(execFileSync(python, ['-c', script, path.join(home, 'cache.db')], { encoding: 'utf8' })) as NewsboatItem[]
    return { items, errors }
  } finally {
    fs.rmSync(home, { recursive: true, force: true })
  }
}

describe.runIf(runNewsboat)('feeds read by newsboat', () => {
  it.each(feeds)('%s: newsboat keeps every item, with its title and link', async (feedPath) => {
    const { items, errors } = await newsboat(`${hub.url}${feedPath}`)
    expect(errors).toEqual([])
    const served = await hub.api.get(feedPath)
    const count = (served.text.match(/<(item|entry)[\s>]/g) ?? []).length
    expect(items.length, feedPath).toBe(count)
    for (const item of items) {
      expect(item.title, feedPath).not.toBe('')
      expect(item.url.startsWith(`${hub.url}/`), item.url).toBe(true)
    }
  })

  it('reads an editor’s « & » and markup as text', async () => {
    const { items } = await newsboat(`${hub.url}/feeds/news.rss?commune=35238`)
    const item = items.find((i) => i.title.startsWith('Alerte'))
    expect(item?.title).toBe('Alerte <script>alert(1)</script> & arnaques')
    // newsboat keeps only podcasts' enclosures (audio, video): the image's is checked by feedparser and xmllint.
  })
})
