import { configToSchema } from '@payloadcms/graphql'
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql'
import type { PayloadRequest, SanitizedConfig } from 'payload'
import type { ReactNode } from 'react'

import { maxPage, maxPageSize } from '../../src/edge/contract'
import { absoluteUrl } from '../../src/lib/absoluteUrl'
import { defaultArmorLimits } from '../graphqlLimits/armor'
import { renderPage } from '../readerPages/renderPage'
import { examples } from './examples'
import { HubPage } from './HubPage'
import { type PublicQuery, publicQueries } from './publicQueries'
import { settingsOf } from '../../src/lib/settings'

export const graphqlDocsPath = '/docs/graphql'

// Built once per config: the same function Payload's GraphQL endpoint builds its schema with.
const schemas = new WeakMap<SanitizedConfig, GraphQLSchema>()
export function executableSchema(config: SanitizedConfig): GraphQLSchema {
  let schema = schemas.get(config)
  if (!schema) schemas.set(config, (schema = configToSchema(config).schema))
  return schema
}

/** What Payload's own arguments mean for a partner: Payload gives them no description. */
const argumentNotes: Record<string, string> = {
  id: 'Identifiant du document.',
  where:
    'Filtre : { champ: { opérateur: valeur } }, combinables avec AND et OR (equals, not_equals, in, like, contains, greater_than, less_than, exists…).',
  locale: 'Langue des textes : fr (par défaut) ou en.',
  fallbackLocale: 'Langue lue quand un texte manque : fr par défaut, none pour aucune.',
  limit: `Taille de la page : 1 à ${maxPageSize} (10 par défaut).`,
  page: `Numéro de page : 1 à ${maxPage}.`,
  sort: 'Champ de tri ; un - devant pour l’ordre décroissant (-publishedAt).',
  pagination: 'false est refusé : les listes sont toujours paginées.',
  draft: 'Sans effet pour un partenaire : seules les versions publiées sont lues.',
  trash: 'Sans effet pour un partenaire : un document supprimé n’est jamais lu.',
  select: 'true : ne lit en base que les champs demandés.',
  depth: 'Profondeur des relations résolues dans ce champ.',
}

const readNotes: Record<NonNullable<PublicQuery['read']>, (type: string) => string> = {
  one: (type) => `Un document ${type} publié, par son identifiant.`,
  page: (type) => `Une page de documents ${type} publiés, filtrée et triée.`,
  count: (type) => `Le nombre de documents ${type} publiés qui répondent au filtre.`,
}

function TypeRef({ type, documented }: { type: GraphQLType; documented: Set<string> }) {
  if (isNonNullType(type))
    return (
      <>
        <TypeRef type={type.ofType} documented={documented} />!
      </>
    )
  if (isListType(type))
    return (
      <>
        [<TypeRef type={type.ofType} documented={documented} />]
      </>
    )
  const name = (type as GraphQLNamedType).name
  return documented.has(name) ? (
    <a href={`#type-${name}`}>
      <code>{name}</code>
    </a>
  ) : (
    <code>{name}</code>
  )
}

/** The object and enum types a partner meets in the answers of the public queries. */
function typesReached(fields: GraphQLField<unknown, unknown>[]): GraphQLNamedType[] {
  const seen = new Map<string, GraphQLNamedType>()
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || !(isObjectType(type) || isEnumType(type))) return
    seen.set(type.name, type)
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type))
  }
  for (const field of fields) {
    visit(getNamedType(field.type))
    for (const arg of field.args) if (isEnumType(getNamedType(arg.type))) visit(getNamedType(arg.type))
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name))
}

function argumentNote(arg: GraphQLArgument): string {
  const own = arg.description ?? argumentNotes[arg.name] ?? ''
  const input = getNamedType(arg.type)
  if (arg.name !== 'where' || !isInputObjectType(input)) return own
  const fields = Object.keys(input.getFields()).filter((name) => name !== 'AND' && name !== 'OR')
  return `${own} Champs : ${fields.join(', ')}.`
}

/** A table that may scroll sideways on a phone: a region the keyboard can reach and scroll. */
function Scrollable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}

function Arguments({ name, args, documented }: { name: string; args: readonly GraphQLArgument[]; documented: Set<string> }) {
  if (!args.length) return <p>Sans argument.</p>
  return (
    <Scrollable label={`Arguments de ${name}`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Argument</th>
            <th scope="col">Type</th>
            <th scope="col">Sens</th>
          </tr>
        </thead>
        <tbody>
          {args.map((arg) => (
            <tr key={arg.name}>
              <td>
                <code>{arg.name}</code>
              </td>
              <td>
                <TypeRef type={arg.type} documented={documented} />
              </td>
              <td>{argumentNote(arg)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scrollable>
  )
}

function Query({ query, field, documented }: { query: PublicQuery; field: GraphQLField<unknown, unknown>; documented: Set<string> }) {
  const example = examples[query.name]
  const description = field.description ?? (query.read ? readNotes[query.read](query.type ?? '') : '')
  return (
    <section aria-labelledby={`query-${query.name}`}>
      <h3 id={`query-${query.name}`}>
        <code>{query.name}</code>
      </h3>
      {description ? <p lang={field.description ? 'en' : 'fr'}>{description}</p> : null}
      <Arguments name={query.name} args={field.args} documented={documented} />
      <p>
        Renvoie <TypeRef type={field.type} documented={documented} />.
      </p>
      {example ? (
        <>
          <p>Exemple : {example.title}</p>
          <pre tabIndex={0}>
            <code>{example.query}</code>
          </pre>
          {example.variables ? (
            <>
              <p>Variables :</p>
              <pre tabIndex={0}>
                <code>{JSON.stringify(example.variables)}</code>
              </pre>
            </>
          ) : null}
          {example.error ? (
            <>
              <p>
                Erreur : <code>{example.error.query}</code> répond <code lang="en">{example.error.message}</code> (voir <a href="#errors">Erreurs</a>
                ).
              </p>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

function TypeSection({ type, documented }: { type: GraphQLNamedType; documented: Set<string> }) {
  return (
    <section aria-labelledby={`type-${type.name}`}>
      <h3 id={`type-${type.name}`}>
        <code>{type.name}</code>
      </h3>
      {type.description ? <p lang="en">{type.description}</p> : null}
      {isEnumType(type) ? (
        <p>
          Valeurs :{' '}
          {type.getValues().map((value, i) => (
            <span key={value.name}>
              {i ? ', ' : ''}
              <code>{value.name}</code>
            </span>
          ))}
        </p>
      ) : isObjectType(type) ? (
        <Scrollable label={`Champs de ${type.name}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">Champ</th>
                <th scope="col">Type</th>
                <th scope="col">Sens</th>
              </tr>
            </thead>
            <tbody>
              {Object.values(type.getFields()).map((field) => (
                <tr key={field.name}>
                  <td>
                    <code>
                      {field.name}
                      {field.args.length ? `(${field.args.map((arg) => arg.name).join(', ')})` : ''}
                    </code>
                  </td>
                  <td>
                    <TypeRef type={field.type} documented={documented} />
                  </td>
                  <td lang="en">{field.description ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scrollable>
      ) : null}
    </section>
  )
}

/**
 * GET /docs/graphql: what partners can ask, generated at the first request from the schema the
 * GraphQL endpoint runs (so it cannot drift from it): every public root query with its
 * arguments and the types it answers, the examples of ./examples.ts, the errors and the limits.
 */
export async function graphqlDocs(req: PayloadRequest): Promise<Response> {
  const { origin } = settingsOf(req.payload)
  const schema = executableSchema(req.payload.config)
  const fields = schema.getQueryType()?.getFields() ?? {}
  const queries = await publicQueries(req.payload, schema)
  const types = typesReached(queries.map((query) => fields[query.name]))
  const documented = new Set(types.map((type) => type.name))
  const endpoint = absoluteUrl(origin, '/api/graphql')
  const limits = defaultArmorLimits
  const page = (
    <HubPage
      title="API GraphQL de Relais · documentation des partenaires"
      description="Les requêtes GraphQL que les applications partenaires peuvent faire à Relais : arguments, réponses, exemples, erreurs et limites."
      canonical={absoluteUrl(origin, graphqlDocsPath)}
    >
      <h1>API GraphQL : documentation des partenaires</h1>
      <p className="lead">
        Ce que les applications partenaires peuvent demander à Relais, tiré du schéma que le hub exécute.{' '}
        <span lang="en">The GraphQL queries partner apps can run, generated from the hub’s own schema.</span>
      </p>
      <nav aria-label="Sommaire">
        <ul className="toc">
          <li>
            <a href="#calling">Appeler l’API</a>
          </li>
          <li>
            <a href="#errors">Erreurs</a>
          </li>
          {queries.map((query) => (
            <li key={query.name}>
              <a href={`#query-${query.name}`}>
                <code>{query.name}</code>
              </a>
            </li>
          ))}
          <li>
            <a href="#types">Types des réponses</a>
          </li>
        </ul>
      </nav>

      <h2 id="calling">Appeler l’API</h2>
      <ul>
        <li>
          <code>POST {endpoint}</code> avec un corps JSON <code>{'{"query": "…", "variables": {…}}'}</code>.
        </li>
        <li>
          Clé de partenaire : en-tête <code>Authorization: partners API-Key …</code> (créée par un administrateur). Sans clé, on lit la même chose,
          avec la limite de débit des anonymes.
        </li>
        <li>
          Requêtes persistées (<code>GET {endpoint}?extensions=…</code>, protocole <code lang="en">PersistedQueryLink</code> d’Apollo) : des réponses
          que les caches HTTP gardent, avec <code>ETag</code>.
        </li>
        <li>
          Seuls les contenus publiés (et les actualités non expirées) sont lus ; langues : <code>locale: fr</code> (par défaut) ou <code>en</code>.
        </li>
        <li>
          Limites, vérifiées avant toute lecture : profondeur {limits.maxDepth}, coût {limits.maxCost}, {limits.maxAliases} alias,{' '}
          {limits.maxDirectives} directives ; pages de {maxPageSize} documents au plus.
        </li>
      </ul>

      <h2 id="errors">Erreurs</h2>
      <Scrollable label="Erreurs">
        <table>
          <thead>
            <tr>
              <th scope="col">Statut HTTP</th>
              <th scope="col">Quand</th>
              <th scope="col">Corps</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>200</td>
              <td>La requête a été exécutée, mais un champ a échoué : argument invalide, document introuvable.</td>
              <td>
                <code>data</code> et <code>errors[]</code> : <code>message</code> nomme l’argument (
                <code lang="en">lat: a latitude between -90 and 90 expected</code>), <code>extensions.statusCode</code> (400, 403, 404),{' '}
                <code>extensions.data.argument</code>, <code>path</code>.
              </td>
            </tr>
            <tr>
              <td>400</td>
              <td>
                La requête ne peut pas s’exécuter : syntaxe, champ inconnu, limite dépassée, <code>limit</code> hors bornes.
              </td>
              <td>
                <code>errors[]</code> sans <code>data</code>.
              </td>
            </tr>
            <tr>
              <td>401</td>
              <td>Clé inconnue ou révoquée.</td>
              <td>
                <code lang="en">Authorization: API key unknown or revoked</code>
              </td>
            </tr>
            <tr>
              <td>403</td>
              <td>Appel d’un navigateur depuis une origine que la clé n’autorise pas.</td>
              <td>Le message nomme l’origine.</td>
            </tr>
            <tr>
              <td>429</td>
              <td>Limite de débit atteinte.</td>
              <td>
                En-tête <code>Retry-After</code> (secondes).
              </td>
            </tr>
          </tbody>
        </table>
      </Scrollable>

      <h2 id="queries">Requêtes</h2>
      {queries.map((query) => (
        <Query key={query.name} query={query} field={fields[query.name]} documented={documented} />
      ))}

      <h2 id="types">Types des réponses</h2>
      {types.map((type) => (
        <TypeSection key={type.name} type={type} documented={documented} />
      ))}
    </HubPage>
  )
  return renderPage(page, { tags: ['static'] })
}
