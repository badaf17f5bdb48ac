import { absoluteUrl } from '../../../src/lib/absoluteUrl'
import type { Lang } from '../../../src/lib/language'
import { labels } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'

/** 403 for `?preview=1` without an editor's session (an expired one, a shared link): where to log in. */
export function previewRefusedPage(origin: string, lang: Lang, path: string): Promise<Response> {
  const t = labels[lang]
  const url = absoluteUrl(origin, path)
  return renderPage(
    <Layout head={{ lang, title: t.previewRefused, canonical: url, alternates: { fr: url, en: url }, noindex: true, type: 'website' }}>
      <h1>{t.previewRefused}</h1>
      <p>{t.previewRefusedText}</p>
      <p>
        <a href={absoluteUrl(origin, '/admin/login')}>{t.adminLogin}</a>
      </p>
    </Layout>,
    { status: 403, tags: [] },
  )
}
