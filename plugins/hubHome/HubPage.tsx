import type { ReactNode } from 'react'

import { styles } from '../readerPages/styles'

// The reader pages' look, plus code blocks and tables wide enough for an API reference.
const extraStyles = `
header,main,footer{max-width:60rem}
pre{background:var(--surface);border:1px solid var(--border);border-radius:.4rem;padding:.75rem;overflow-x:auto;font-size:.9rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.92em}
td code,th code{white-space:nowrap}
.toc{columns:14rem;padding-left:1.2rem}
h3{margin:1.75rem 0 .4rem;font-size:1.1rem}
h3 code{font-size:1em}
.table{overflow-x:auto}
`

/** The shell of the hub's own pages (home, partner documentation): French, no script, inline styles. */
export function HubPage({ title, description, canonical, children }: { title: string; description: string; canonical: string; children: ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        <link rel="icon" href="data:," />
        <style>{styles + extraStyles}</style>
      </head>
      <body>
        <a className="skip" href="#main">
          Aller au contenu
        </a>
        <header>
          <p className="brand">
            <a href="/">Relais</a> <span>· le hub des téléservices de sécurité</span>
          </p>
        </header>
        <main id="main">{children}</main>
        <footer>
          <p>Contenus du ministère de l’Intérieur (police et gendarmerie nationales). Aucun cookie, aucun traceur.</p>
        </footer>
      </body>
    </html>
  )
}
