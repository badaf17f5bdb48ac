import type { Lang } from '../../src/lib/language'

/**
 * Hand-written examples for the partner documentation, keyed by root query name; everything
 * else on the page comes from the schema. test/hub-home.test.ts runs every example against the
 * hub (no error allowed) and every error example (the message must be the one shown here).
 */
export type QueryExample = {
  /** What the example shows, in each language of the documentation. */
  title: Record<Lang, string>
  query: string
  variables?: Record<string, unknown>
  /** A mistake a partner may make, and the message the hub answers with. */
  error?: { query: string; message: string }
}

export const examples: Record<string, QueryExample> = {
  Services: {
    title: {
      fr: 'Les démarches en ligne actives, en anglais (français si la traduction manque)',
      en: 'Active online services, in English (French where no translation exists)',
    },
    query: `query Services($locale: LocaleInputType) {
  Services(where: { status: { equals: active } }, sort: "name", limit: 20, locale: $locale) {
    docs { id slug name acronym summary url }
    totalDocs hasNextPage
  }
}`,
    variables: { locale: 'en' },
    error: { query: '{ Services(limit: 500) { totalDocs } }', message: 'limit: must be a whole number between 1 and 100' },
  },
  Sheets: {
    title: { fr: 'Les fiches pratiques les plus récemment mises à jour', en: 'The most recently updated practical sheets' },
    query: `{
  Sheets(sort: "-lastSignificantUpdate", limit: 5) {
    docs { slug title summary lastSignificantUpdate relatedServices { name url } }
  }
}`,
  },
  allNews: {
    title: { fr: 'Les actualités nationales, les plus récentes d’abord', en: 'National news, newest first' },
    query: `{
  allNews(where: { scope__level: { equals: national } }, sort: "-publishedAt", limit: 10) {
    docs { slug title summary publishedAt category }
  }
}`,
  },
  NewsVisibleIn: {
    title: {
      fr: 'Ce qu’un habitant de Rennes voit : actualités nationales, de l’Ille-et-Vilaine et de la commune',
      en: 'What a resident of Rennes sees: national news, news of Ille-et-Vilaine and of the commune',
    },
    query: `{
  NewsVisibleIn(commune: "35238", limit: 10) {
    docs { title summary publishedAt scope { level } }
    totalDocs hasNextPage
  }
}`,
    error: { query: '{ NewsVisibleIn(commune: "99999") { totalDocs } }', message: 'commune: unknown INSEE commune code "99999"' },
  },
  ServicesAvailableIn: {
    title: { fr: 'Les démarches qu’un habitant du Loiret peut faire', en: 'The online services a resident of Loiret can use' },
    query: `{
  ServicesAvailableIn(department: "45", locale: en) {
    docs { name acronym url coverage { scope departments } }
    totalDocs
  }
}`,
    error: { query: '{ ServicesAvailableIn(department: "999") { totalDocs } }', message: 'department: unknown department code "999"' },
  },
  unitsForCommune: {
    title: { fr: 'Les unités qui servent une commune, ouvertes lundi à 10 h', en: 'The units serving a commune, open on Monday at 10 a.m.' },
    query: `{
  unitsForCommune(insee: "35238", limit: 5, openAt: "2026-03-02T10:00:00+01:00") {
    unit { name phone address { street postcode commune } openingHours }
    distanceKm openNow nextChange todayHours { from to } reason
  }
}`,
    error: { query: '{ unitsForCommune(insee: "99999") { distanceKm } }', message: 'insee: unknown INSEE commune code' },
  },
  unitsNear: {
    title: { fr: 'Les gendarmeries à moins de 30 km d’un point', en: 'Gendarmerie units within 30 km of a point' },
    query: `{
  unitsNear(lat: 48.11, lng: -1.68, radiusKm: 30, force: "gendarmerie") {
    unit { name address { commune } }
    distanceKm openNow
  }
}`,
    error: { query: '{ unitsNear(lat: 100, lng: 2) { distanceKm } }', message: 'lat: a latitude between -90 and 90 expected' },
  },
  Units: {
    title: { fr: 'Les unités d’un département, par nom', en: 'The units of a department, by name' },
    query: `{
  Units(where: { address__department: { equals: "35" } }, sort: "name", limit: 20) {
    docs { id name kind force phone address { street postcode commune } }
    totalDocs
  }
}`,
  },
  UnitCompetences: {
    title: { fr: 'Quelle unité est compétente pour une commune', en: 'Which unit is competent for a commune' },
    query: `{
  UnitCompetences(where: { inseeCode: { equals: "35238" } }) {
    docs { institution serviceName postcodes }
  }
}`,
  },
  Guides: {
    title: { fr: 'Les guides d’orientation', en: 'The guidance guides' },
    query: `{
  Guides { docs { slug title intro } }
}`,
  },
}
