import { absoluteUrl } from '../../../src/lib/publicOrigin'
import type { Lang } from '../../../src/lib/readerUrls'
import { labels } from '../labels'
import { Layout } from '../Layout'
import { renderPage } from '../renderPage'

/** 403 for `?preview=1` without an editor's session (an expired one, a shared link): where to log in. */
export function previewRefusedPage(lang: Lang, path: string): Promise<Response> {
  const t = labels[lang]
  const url = absoluteUrl(path)
  return renderPage(
    <Layout head={{ lang, title: t.previewRefused, canonical: url, alternates: { fr: url, en: url }, noindex: true, type: 'website' }}>
      <h1>{t.previewRefused}</h1>
      <p>{t.previewRefusedText}</p>
      <p>
        <a href={absoluteUrl('/admin/login')}>{t.adminLogin}</a>
      </p>
    </Layout>,
    { status: 403, tags: [] },
  )
}
