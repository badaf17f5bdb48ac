import type { Config, Endpoint, PayloadRequest } from 'payload'

import { type Reading, readingOf } from '../../src/access/previewReading'
import { publicAnswer, type PublicEndpointCustom } from '../../src/edge/contract'
import { absoluteUrl } from '../../src/lib/absoluteUrl'
import { type ReaderPage, readerPath, readerPaths } from '../../src/lib/readerUrls'
import { communePage } from './pages/communePage'
import { newsPage } from './pages/newsPage'
import { servicePage } from './pages/servicePage'
import { previewRefusedPage } from './pages/previewRefusedPage'
import { sheetPage } from './pages/sheetPage'
import { unitPage } from './pages/unitPage'
import { withReaderPreviews } from './adminPreview'
import { mediaFileEndpoint } from './mediaFiles'
import { sitemapIndex, sitemapPart } from './sitemap'
import { settingsOf } from '../../src/lib/settings'
import { languages, type Lang } from '../../src/lib/language'

const pages: Record<ReaderPage, (req: PayloadRequest, lang: Lang, key: string, reading: Reading) => Promise<Response>> = {
  sheet: (req, lang, key, reading) => sheetPage(req.payload, lang, key, reading),
  news: (req, lang, key, reading) => newsPage(req.payload, lang, key, reading),
  service: (req, lang, key, reading) => servicePage(req.payload, lang, key, reading),
  unit: (req, lang, key, reading) => unitPage(req.payload, lang, key, reading),
  // A commune's page gathers published content only: there is no draft of it to preview.
  commune: (req, lang, key) => communePage(req.payload, lang, key),
}

function pageHandler(page: ReaderPage, lang: Lang, param: string) {
  return (req: PayloadRequest) => {
    const key = String(req.routeParams?.[param] ?? '')
    const reading = readingOf(req)
    if (reading.mode === 'refused') return previewRefusedPage(settingsOf(req.payload).origin, lang, `${readerPath(page, key, lang)}?preview=1`)
    return pages[page](req, lang, key, reading)
  }
}

/** One endpoint per page and language, published at the path readers see (see src/lib/readerUrls.ts). */
const pageEndpoints: Endpoint[] = (Object.keys(readerPaths) as ReaderPage[]).flatMap((page) =>
  languages.map((lang) => {
    const publicPath = readerPaths[page][lang]
    const param = /:(\w+)/.exec(publicPath)?.[1] as string
    return {
      path: `/pages${publicPath}`,
      method: 'get',
      custom: { publicPath, parameters: ['preview'] } satisfies PublicEndpointCustom,
      handler: pageHandler(page, lang, param),
    } satisfies Endpoint
  }),
)

const robots = `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\n`

export type ReaderPagesOptions = {
  /**
   * Off: no reader page, sitemap, robots.txt or public image (/media/) is served (links to them,
   * from widgets, feeds and shares, then lead nowhere).
   */
  enabled?: boolean
}

/**
 * Pages a reader can open on the hub, server-rendered without any script: a practical sheet, a
 * news item, an online service, a unit and a commune, in French and English, with canonical URLs,
 * Open Graph, structured data (JSON-LD) and a sitemap, and the images they show under /media/. They are what widgets, feeds, oEmbed and shares link to. Editors
 * preview drafts on them from the admin (live preview, `?preview=1`), for their eyes only.
 */
export const readerPages =
  ({ enabled = true }: ReaderPagesOptions = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    return {
      ...config,
      collections: withReaderPreviews(config.collections ?? []),
      endpoints: [
        ...(config.endpoints ?? []),
        ...pageEndpoints,
        mediaFileEndpoint,
        {
          path: '/pages/sitemap.xml',
          method: 'get',
          custom: { publicPath: '/sitemap.xml', parameters: [] } satisfies PublicEndpointCustom,
          handler: (req) => sitemapIndex(req.payload),
        },
        {
          path: '/pages/sitemaps/:file',
          method: 'get',
          custom: { publicPath: '/sitemaps/:file', parameters: [] } satisfies PublicEndpointCustom,
          handler: (req) => sitemapPart(req.payload, String(req.routeParams?.file ?? '')),
        },
        {
          path: '/pages/robots.txt',
          method: 'get',
          custom: { publicPath: '/robots.txt', parameters: [] } satisfies PublicEndpointCustom,
          handler: async (req) =>
            publicAnswer(`${robots}Sitemap: ${absoluteUrl(settingsOf(req.payload).origin, '/sitemap.xml')}\n`, 'text/plain; charset=utf-8', {
              tags: ['static'],
            }),
        },
      ],
    }
  }
