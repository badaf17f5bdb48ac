import type { ReactNode } from 'react'

import type { Lang } from '../../src/lib/language'
import { styles } from '../readerPages/styles'

// The reader pages' look, plus code blocks and tables for an API reference that reflow on a
// phone: at 320 px nothing scrolls sideways (WCAG 1.4.10), code wraps and each table row
// becomes a block of labelled cells.
const extraStyles = `
header,main,footer{max-width:60rem}
pre{background:var(--surface);border:1px solid var(--border);border-radius:.4rem;padding:.75rem;font-size:.9rem;white-space:pre-wrap;overflow-wrap:anywhere}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.92em;overflow-wrap:anywhere}
.toc{columns:14rem;padding-left:1.2rem}
h1,h2,h3,p,li,td,th{overflow-wrap:anywhere}
h3{margin:1.75rem 0 .4rem;font-size:1.1rem}
h3 code{font-size:1em}
@media (max-width:40rem){
.reflow thead{position:absolute;left:-9999px}
.reflow tr{display:block;border-bottom:1px solid var(--border);padding:.4rem 0}
.reflow td{display:block;border:0;padding:.1rem 0}
.reflow td[data-label]::before{content:attr(data-label) " : ";font-weight:600}
}
`

const chrome = {
  fr: {
    skip: 'Aller au contenu',
    tagline: 'le hub des téléservices de sécurité',
    footer: 'Contenus du ministère de l’Intérieur (police et gendarmerie nationales). Aucun cookie, aucun traceur.',
  },
  en: {
    skip: 'Skip to content',
    tagline: 'the hub of online security services',
    footer: 'Content of the French Ministry of the Interior (national police and gendarmerie). No cookies, no trackers.',
  },
} satisfies Record<Lang, Record<string, string>>

const ogLocales: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB' }

export type HubPageHead = {
  lang: Lang
  title: string
  description: string
  canonical: string
  /** The same page in each language it exists in (the partner documentation). */
  alternates?: Partial<Record<Lang, string>>
}

/** The shell of the hub's own pages (home, partner documentation): no script, inline styles, Open Graph. */
export function HubPage({ head, children }: { head: HubPageHead; children: ReactNode }) {
  const { lang, title, description, canonical, alternates = {} } = head
  const t = chrome[lang]
  const others = (Object.keys(alternates) as Lang[]).filter((other) => other !== lang)
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        {others.length
          ? (Object.entries(alternates) as [Lang, string][]).map(([code, href]) => <link key={code} rel="alternate" hrefLang={code} href={href} />)
          : null}
        <link rel="icon" href="data:," />
        <meta property="og:site_name" content="Relais" />
        <meta property="og:type" content="website" />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={ogLocales[lang]} />
        {others.map((other) => (
          <meta key={other} property="og:locale:alternate" content={ogLocales[other]} />
        ))}
        <meta name="twitter:card" content="summary" />
        <style>{styles + extraStyles}</style>
      </head>
      <body>
        <a className="skip" href="#main">
          {t.skip}
        </a>
        <header>
          <p className="brand">
            <a href="/">Relais</a> <span>· {t.tagline}</span>
          </p>
          {others.map((other) => (
            <a key={other} href={alternates[other]} hrefLang={other} lang={other}>
              {other === 'fr' ? 'Français' : 'English'}
            </a>
          ))}
        </header>
        <main id="main">{children}</main>
        <footer>
          <p>{t.footer}</p>
        </footer>
      </body>
    </html>
  )
}
