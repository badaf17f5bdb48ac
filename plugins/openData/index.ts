import type { Config, Endpoint, PayloadRequest } from 'payload'

import type { Unit } from '../../payload-types'
import { collectionTag, latestDate, problem, publicAnswer, type PublicEndpointCustom } from '../../src/edge/contract'
import { absoluteUrl } from '../../src/lib/absoluteUrl'
import { settingsOf } from '../../src/lib/settings'
import { csvBody, geojsonBody, licence } from './formats'
import { serviceRecords } from './serviceRecords'
import { servicesTableSchema, type TableSchema, unitsTableSchema } from './tableSchemas'
import { activeUnits, unitRecord } from './unitRecords'

export const openDataPath = '/opendata'

type Answer = { body: string | ReadableStream<Uint8Array>; type: string; tags: string[]; lastModified?: Date }

const csvType = 'text/csv; charset=utf-8; header=present'
const jsonType = 'application/json; charset=utf-8'

const schemaDocument = (schema: TableSchema, title: string) =>
  JSON.stringify({ $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json', title, ...schema }, null, 2)

/** The Data Package (specs.frictionlessdata.io/data-package) that lists every file, its schema and the licence. */
const dataPackage = (origin: string) =>
  JSON.stringify(
    {
      profile: 'tabular-data-package',
      name: 'relais-unites-et-demarches',
      title: 'Relais : unités de police et de gendarmerie, démarches en ligne',
      description:
        'Les commissariats, brigades et autres lieux d’accueil ouverts au public, avec leurs horaires, et le catalogue des démarches en ligne de la police et de la gendarmerie, tels que Relais les publie.',
      homepage: absoluteUrl(origin, '/'),
      licenses: [licence],
      resources: [
        {
          name: 'unites',
          title: 'Unités ouvertes au public',
          path: absoluteUrl(origin, `${openDataPath}/units.csv`),
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          schema: absoluteUrl(origin, `${openDataPath}/units.schema.json`),
        },
        {
          name: 'unites-geojson',
          title: 'Unités ouvertes au public (GeoJSON, RFC 7946)',
          path: absoluteUrl(origin, `${openDataPath}/units.geojson`),
          format: 'geojson',
          mediatype: 'application/geo+json',
          encoding: 'utf-8',
        },
        {
          name: 'demarches',
          title: 'Démarches en ligne publiées',
          path: absoluteUrl(origin, `${openDataPath}/services.csv`),
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          schema: absoluteUrl(origin, `${openDataPath}/services.schema.json`),
        },
      ],
    },
    null,
    2,
  )

async function unitsAnswer(req: PayloadRequest, format: 'csv' | 'geojson'): Promise<Answer> {
  const { origin } = settingsOf(req.payload)
  const units = await activeUnits(req.payload)
  const recordOf = (unit: Unit) => unitRecord(origin, unit)
  return {
    body: format === 'csv' ? csvBody(unitsTableSchema, units, recordOf) : geojsonBody(origin, units, recordOf),
    type: format === 'csv' ? csvType : 'application/geo+json; charset=utf-8',
    // The unit index also holds each unit's competences: their changes reach it, not these files.
    tags: [collectionTag('units')],
    lastModified: latestDate(units.map((unit) => unit.updatedAt)),
  }
}

const files: Record<string, (req: PayloadRequest) => Answer | Promise<Answer>> = {
  'units.csv': (req) => unitsAnswer(req, 'csv'),
  'units.geojson': (req) => unitsAnswer(req, 'geojson'),
  'units.schema.json': () => ({ body: schemaDocument(unitsTableSchema, 'Unités ouvertes au public'), type: jsonType, tags: ['static'] }),
  'services.csv': async (req) => {
    const { records, lastModified } = await serviceRecords(req.payload)
    return {
      body: csvBody(servicesTableSchema, records, (record) => record),
      type: csvType,
      tags: [collectionTag('services')],
      lastModified: latestDate([lastModified]),
    }
  },
  'services.schema.json': () => ({ body: schemaDocument(servicesTableSchema, 'Démarches en ligne publiées'), type: jsonType, tags: ['static'] }),
  'datapackage.json': (req) => ({ body: dataPackage(settingsOf(req.payload).origin), type: jsonType, tags: ['static'] }),
}

export const openDataFiles = Object.keys(files)

/**
 * GET /opendata/<file>: a public read like any other (cached, tagged, purged when a unit or a
 * service changes), under the Licence Ouverte 2.0 (a `Link: rel="license"` header says so). Files
 * take no parameter: one address, one cached answer.
 */
async function serveOpenData(req: PayloadRequest): Promise<Response> {
  const file = String(req.routeParams?.file ?? '')
  const build = Object.hasOwn(files, file) ? files[file] : undefined
  if (!build) return problem(404, `file: unknown open data file, use ${openDataFiles.map((name) => `${openDataPath}/${name}`).join(', ')}`)
  const parameters = [...new URL(req.url ?? '', 'http://hub').searchParams.keys()]
  if (parameters.length) return problem(400, `${parameters[0]}: open data files take no parameter`)
  const { body, type, tags, lastModified } = await build(req)
  const headers = {
    Link: `<${licence.path}>; rel="license"`,
    'Content-Disposition': `inline; filename="relais-${file}"`,
  }
  const answer = publicAnswer(typeof body === 'string' ? body : '', type, { tags, lastModified, headers })
  return typeof body === 'string' ? answer : new Response(body, { status: 200, headers: answer.headers })
}

export type OpenDataOptions = {
  /** Off: no open data file is served, and the home page does not link them. */
  enabled?: boolean
}

/**
 * The units directory (GeoJSON and CSV) and the catalogue of online services (CSV) as open data,
 * each CSV with its Table Schema and a Data Package listing them, under the Licence Ouverte 2.0.
 */
export const openData =
  ({ enabled = true }: OpenDataOptions = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    const endpoint: Endpoint = {
      path: '/opendata/:file',
      method: 'get',
      custom: { publicPath: `${openDataPath}/:file` } satisfies PublicEndpointCustom,
      handler: serveOpenData,
    }
    return { ...config, endpoints: [...(config.endpoints ?? []), endpoint] }
  }
