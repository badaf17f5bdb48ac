export default function Home() {
  return (
    <main>
      <h1>Relais</h1>
      <p>
        Le hub de contenus des téléservices de sécurité : téléservices, fiches pratiques, unités de police et de
        gendarmerie, actualités.
      </p>
      <ul>
        <li>
          <a href="/admin">Administration</a> (éditeurs)
        </li>
        <li>
          <a href="/api/graphql-playground">GraphQL</a> : <code>POST /api/graphql</code>
        </li>
        <li>
          API REST : <a href="/api/services">/api/services</a>, <a href="/api/sheets">/api/sheets</a>,{' '}
          <a href="/api/units">/api/units</a>, <a href="/api/news">/api/news</a>
        </li>
        <li>
          État : <a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a>
        </li>
      </ul>
    </main>
  )
}
