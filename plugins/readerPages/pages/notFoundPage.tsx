import type { Lang } from '../../../src/lib/language'
import { labels } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'

/**
 * 404 for what never was or is not published (in a preview: what this editor may not read);
 * 410 for a news item whose end date has passed. `url` is the page asked, on the public origin.
 */
export function notFoundPage(lang: Lang, url: string, status: 404 | 410 = 404, preview = false): Promise<Response> {
  const t = labels[lang]
  const title = status === 410 ? t.gone : t.notFound
  return renderPage(
    <Layout head={{ lang, title, canonical: url, alternates: { fr: url, en: url }, noindex: true, type: 'website' }}>
      <h1>{title}</h1>
      <p>{status === 410 ? t.goneText : t.notFoundText}</p>
    </Layout>,
    { status, tags: [], preview },
  )
}
