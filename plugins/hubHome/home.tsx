import type { PayloadRequest } from 'payload'

import { latestDate } from '../../src/edge/contract'
import { absoluteUrl } from '../../src/lib/absoluteUrl'
import { readerUrl } from '../../src/lib/readerUrls'
import { renderPage } from '../readerPages/renderPage'
import { openDataPath } from '../openData'
import { graphqlDocsPath, graphqlDocsPathEn } from './graphqlDocs'
import { HubPage } from './HubPage'
import { settingsOf } from '../../src/lib/settings'

const feeds = [
  { name: 'Actualités', file: 'news' },
  { name: 'Fiches pratiques', file: 'sheets' },
]

/**
 * GET /: what the hub is and where everything is, for each person who lands here: editors (the
 * admin), communes' webmasters (the snippet builder), readers (their pages), feed readers and
 * partner developers (the GraphQL documentation, REST, the playground outside production).
 * The published services and sheets are listed from the database, as readers would read them.
 */
export async function homePage(req: PayloadRequest): Promise<Response> {
  const { origin, production } = settingsOf(req.payload)
  const read = { depth: 0, limit: 100, overrideAccess: false, req: { ...req, user: null } } as const
  const [services, sheets] = await Promise.all([
    req.payload.find({ collection: 'services', ...read, sort: 'name', select: { name: true, slug: true, updatedAt: true } }),
    req.payload.find({ collection: 'sheets', ...read, sort: 'title', select: { title: true, slug: true, updatedAt: true } }),
  ])
  // Linked only when the open data plugin serves them.
  const openData = req.payload.config.endpoints.some((endpoint) => endpoint.path === `${openDataPath}/:file`)
  const page = (
    <HubPage
      head={{
        lang: 'fr',
        title: 'Relais · le hub des téléservices de sécurité',
        description:
          'Relais relaie les téléservices, fiches pratiques, unités et actualités de la police et de la gendarmerie vers les sites des communes et les applications partenaires.',
        canonical: absoluteUrl(origin, '/'),
      }}
    >
      <h1>Relais</h1>
      <p className="lead">
        Le hub de contenus des téléservices de sécurité du ministère de l’Intérieur : démarches en ligne, fiches pratiques, commissariats et brigades,
        actualités nationales et locales. Les rédactions les tiennent à jour ici ; les sites des communes et les applications partenaires les
        reprennent.
      </p>
      <p lang="en">
        The content hub behind the Interior ministry’s online security services: editors keep them here, communes’ websites and partner apps relay
        them.
      </p>

      <h2>Rédactions</h2>
      <p>
        <a href="/admin">Administration</a> : les éditeurs nationaux et locaux écrivent, relisent et publient.
      </p>

      <h2>Sites des communes</h2>
      <p>
        <a href="/embed">Générateur de widgets</a> : choisir un widget (actualités, démarches, unités, fiche, guide), le régler et copier le code à
        coller dans le site (WordPress, Drupal…), avec ou sans iframe.
      </p>

      <h2>Flux</h2>
      <ul>
        {feeds.map((feed) => (
          <li key={feed.file}>
            {feed.name} : <a href={`/feeds/${feed.file}.rss`}>RSS</a>, <a href={`/feeds/${feed.file}.atom`}>Atom</a>,{' '}
            <a href={`/feeds/${feed.file}.json`}>JSON Feed</a>
          </li>
        ))}
      </ul>
      <p>
        Les actualités d’un territoire : <a href="/feeds/news.rss?department=35">?department=35</a>,{' '}
        <a href="/feeds/news.rss?commune=35238">?commune=35238</a> ; en anglais : <code>?lang=en</code>.
      </p>

      {openData ? (
        <>
          <h2>Données ouvertes</h2>
          <p>
            Sous <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">Licence Ouverte 2.0 (Etalab)</a>, mises à jour à chaque
            modification :
          </p>
          <ul>
            <li>
              Unités ouvertes au public (commissariats, brigades, lieux d’accueil, avec leurs horaires) :{' '}
              <a href={`${openDataPath}/units.geojson`}>GeoJSON</a>, <a href={`${openDataPath}/units.csv`}>CSV</a> (
              <a href={`${openDataPath}/units.schema.json`}>schéma</a>)
            </li>
            <li>
              Démarches en ligne : <a href={`${openDataPath}/services.csv`}>CSV</a> (<a href={`${openDataPath}/services.schema.json`}>schéma</a>)
            </li>
            <li>
              <a href={`${openDataPath}/datapackage.json`}>Description des jeux de données</a> (Data Package)
            </li>
          </ul>
        </>
      ) : null}

      <h2>Partenaires</h2>
      <ul>
        <li>
          <a href={graphqlDocsPath}>Documentation de l’API GraphQL</a> : les requêtes, leurs arguments, leurs réponses, des exemples et les erreurs (
          <a href={graphqlDocsPathEn} hrefLang="en" lang="en">
            in English
          </a>
          ).
        </li>
        {!production ? (
          <li>
            <a href="/api/graphql-playground">Bac à sable GraphQL</a> (hors production)
          </li>
        ) : null}
        <li>
          API REST : <a href="/api/services">/api/services</a>, <a href="/api/sheets">/api/sheets</a>, <a href="/api/units">/api/units</a>,{' '}
          <a href="/api/news">/api/news</a>
        </li>
        <li>
          <a href="/sitemap.xml">Plan du site</a> des pages lecteurs ; état du hub : <a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a>
        </li>
      </ul>

      <h2>Pages lecteurs</h2>
      <p>
        Chaque contenu a sa page, en français et en anglais (<code>/en/…</code>), vers laquelle mènent widgets, flux et partages. Par exemple la page
        d’une commune : <a href={readerUrl(origin, 'commune', '35238')}>Rennes</a>.
      </p>
      <h3>Démarches en ligne</h3>
      <ul>
        {services.docs.map((service) => (
          <li key={service.id}>
            <a href={readerUrl(origin, 'service', service.slug as string)}>{service.name}</a>
          </li>
        ))}
      </ul>
      <h3>Fiches pratiques</h3>
      <ul>
        {sheets.docs.map((sheet) => (
          <li key={sheet.id}>
            <a href={readerUrl(origin, 'sheet', sheet.slug as string)}>{sheet.title}</a>
          </li>
        ))}
      </ul>
    </HubPage>
  )
  return renderPage(page, { tags: ['services', 'sheets'], lastModified: latestDate([...services.docs, ...sheets.docs].map((doc) => doc.updatedAt)) })
}
