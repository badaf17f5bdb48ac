import type { ReactNode } from 'react'

import { languages, type Lang } from '../../src/lib/language'
import { type WidgetName, widgetInfo } from '../embeds/contract'
import { labels } from './labels'
import { livePreviewScript } from './livePreview'
import { type JsonLd, jsonLdText } from './structuredData'
import { styles } from './styles'

export type PageHead = {
  lang: Lang
  title: string
  description?: string | null
  /** This page's address, and the same page in each language (the language switch). */
  canonical: string
  alternates: Record<Lang, string>
  /**
   * The languages the content really exists in (French always; English once translated):
   * `hreflang` and `og:locale` name these only. Both unless said.
   */
  translated?: readonly Lang[]
  /** The language the title and main text are really in, when the page's own (`lang`) is not it (og:locale). */
  contentLang?: Lang
  /** The language of the title alone, when it differs (a unit's name left in French). */
  titleLang?: Lang
  /** Structured data (schema.org) about what the page shows. */
  jsonLd?: JsonLd
  image?: { url: string; alt: string; width?: number | null; height?: number | null } | null
  type?: 'article' | 'website'
  /** Pages a search engine should not keep (errors). */
  noindex?: boolean
  /** An editor's preview of a draft: a banner says so, and the admin's live preview reloads it on save. */
  preview?: boolean
  /** In a preview, the widgets that show this document, with their parameters. */
  widgets?: { widget: WidgetName; query: Record<string, string> }[]
}

/** The widgets' frame pages in preview mode: the draft as a commune's site would show it. */
function WidgetPreviews({ lang, widgets }: { lang: Lang; widgets: NonNullable<PageHead['widgets']> }) {
  const t = labels[lang]
  return (
    <section className="preview" aria-labelledby="preview-widgets">
      <h2 id="preview-widgets">{t.previewWidgets}</h2>
      <p>{t.previewWidgetsText}</p>
      {widgets.map(({ widget, query }) => (
        <iframe
          key={widget}
          title={widgetInfo[widget].title[lang]}
          src={`/embed/v1/frame/${widget}?${new URLSearchParams({ ...query, lang, preview: '1' })}`}
          height={widgetInfo[widget].height}
          loading="lazy"
        />
      ))}
    </section>
  )
}

const ogLocales: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB' }

/** The shell of every reader page: head (canonical, languages, Open Graph, JSON-LD), header, footer. */
export function Layout({ head, children }: { head: PageHead; children: ReactNode }) {
  const t = labels[head.lang]
  const other: Lang = head.lang === 'fr' ? 'en' : 'fr'
  const translated = head.translated ?? languages
  const contentLang = head.contentLang ?? head.lang
  return (
    <html lang={head.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title lang={(head.titleLang ?? contentLang) === head.lang ? undefined : (head.titleLang ?? contentLang)}>{`${head.title} · Relais`}</title>
        {head.description ? <meta name="description" content={head.description} /> : null}
        {head.noindex || head.preview ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={head.canonical} />
        {translated.length > 1 ? translated.map((lang) => <link key={lang} rel="alternate" hrefLang={lang} href={head.alternates[lang]} />) : null}
        <link rel="icon" href="data:," />
        <meta property="og:site_name" content="Relais" />
        <meta property="og:type" content={head.type ?? 'article'} />
        <meta property="og:title" content={head.title} />
        {head.description ? <meta property="og:description" content={head.description} /> : null}
        <meta property="og:url" content={head.canonical} />
        <meta property="og:locale" content={ogLocales[contentLang]} />
        {translated
          .filter((lang) => lang !== contentLang)
          .map((lang) => (
            <meta key={lang} property="og:locale:alternate" content={ogLocales[lang]} />
          ))}
        {head.image ? <meta property="og:image" content={head.image.url} /> : null}
        {head.image ? <meta property="og:image:alt" content={head.image.alt} /> : null}
        {head.image?.width ? <meta property="og:image:width" content={String(head.image.width)} /> : null}
        {head.image?.height ? <meta property="og:image:height" content={String(head.image.height)} /> : null}
        <meta name="twitter:card" content={head.image ? 'summary_large_image' : 'summary'} />
        <style>{styles}</style>
        {head.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(head.jsonLd) }} /> : null}
        {head.preview ? <script dangerouslySetInnerHTML={{ __html: livePreviewScript }} /> : null}
      </head>
      <body>
        <a className="skip" href="#main">
          {t.skip}
        </a>
        <header>
          <p className="brand">
            {t.brand} <span>· {t.tagline}</span>
          </p>
          <a href={head.alternates[other]} hrefLang={other} lang={other}>
            {t.otherLanguage}
          </a>
        </header>
        {head.preview ? (
          <aside className="preview" aria-label={t.previewBanner}>
            <p>
              <strong>{t.previewBanner}</strong> · {t.previewText}
            </p>
          </aside>
        ) : null}
        <main id="main">{children}</main>
        {head.preview && head.widgets?.length ? <WidgetPreviews lang={head.lang} widgets={head.widgets} /> : null}
        <footer>
          <p>
            {t.footer} {t.licence}.
          </p>
          <p>{t.emergency}</p>
        </footer>
      </body>
    </html>
  )
}
