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

import { absoluteUrl } from '../../src/lib/absoluteUrl'
import { settingsOf } from '../../src/lib/settings'
import type { Lang } from '../../src/lib/language'
import { defaultArmorLimits } from '../graphqlLimits/armor'
import { renderPage } from '../readerPages/renderPage'
import { descriptionsFr, docsText } from './docsText'
import { examples } from './examples'
import { HubPage } from './HubPage'
import { type PublicQuery, publicQueries } from './publicQueries'

export const graphqlDocsPath = '/docs/graphql'
export const graphqlDocsPathEn = '/en/docs/graphql'
const docsPaths: Record<Lang, string> = { fr: graphqlDocsPath, en: graphqlDocsPathEn }

type Text = (typeof docsText)[Lang]

/**
 * A description the schema gives (in English): as it is on the English page, in French on the
 * French one; a description with no French yet is shown in English and marked so.
 */
function Described({ text, lang, as: Tag = 'p' }: { text: string; lang: Lang; as?: 'p' | 'td' | 'span' }) {
  const french = lang === 'fr' ? descriptionsFr[text] : undefined
  return <Tag lang={lang === 'fr' && !french ? 'en' : undefined}>{french ?? text}</Tag>
}

// Built once per config: the same function Payload's GraphQL endpoint builds its schema with.
const schemas = new WeakMap<SanitizedConfig, GraphQLSchema>()
export function executableSchema(config: SanitizedConfig): GraphQLSchema {
  let schema = schemas.get(config)
  if (!schema) schemas.set(config, (schema = configToSchema(config).schema))
  return schema
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

function ArgumentNote({ arg, lang }: { arg: GraphQLArgument; lang: Lang }) {
  const t = docsText[lang]
  const input = getNamedType(arg.type)
  const fields =
    arg.name === 'where' && isInputObjectType(input) ? Object.keys(input.getFields()).filter((name) => name !== 'AND' && name !== 'OR') : []
  const note = fields.length ? ` ${t.fieldsNote} ${fields.join(', ')}.` : ''
  if (arg.description) return <Described as="td" text={arg.description} lang={lang} />
  return <td data-label={t.meaning}>{`${t.arguments[arg.name] ?? ''}${note}`}</td>
}

/**
 * A table that reflows on a phone (each row a block of labelled cells), so that no page
 * scrolls sideways at 320 px.
 */
function ReflowTable({ label, headings, children }: { label: string; headings: string[]; children: ReactNode }) {
  return (
    <table className="reflow" aria-label={label}>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}

function Arguments({
  name,
  args,
  documented,
  t,
  lang,
}: {
  name: string
  args: readonly GraphQLArgument[]
  documented: Set<string>
  t: Text
  lang: Lang
}) {
  if (!args.length) return <p>{t.noArgument}</p>
  return (
    <ReflowTable label={t.argumentsOf(name)} headings={[t.argument, t.type, t.meaning]}>
      {args.map((arg) => (
        <tr key={arg.name}>
          <td>
            <code>{arg.name}</code>
          </td>
          <td data-label={t.type}>
            <TypeRef type={arg.type} documented={documented} />
          </td>
          <ArgumentNote arg={arg} lang={lang} />
        </tr>
      ))}
    </ReflowTable>
  )
}

function Query({
  query,
  field,
  documented,
  lang,
}: {
  query: PublicQuery
  field: GraphQLField<unknown, unknown>
  documented: Set<string>
  lang: Lang
}) {
  const t = docsText[lang]
  const example = examples[query.name]
  return (
    <section aria-labelledby={`query-${query.name}`}>
      <h3 id={`query-${query.name}`}>
        <code>{query.name}</code>
      </h3>
      {field.description ? <Described text={field.description} lang={lang} /> : query.read ? <p>{t.reads[query.read](query.type ?? '')}</p> : null}
      <Arguments name={query.name} args={field.args} documented={documented} t={t} lang={lang} />
      <p>
        {t.returns} <TypeRef type={field.type} documented={documented} />.
      </p>
      {example ? (
        <>
          <p>
            {t.example} {example.title[lang]}
          </p>
          <pre tabIndex={0}>
            <code>{example.query}</code>
          </pre>
          {example.variables ? (
            <>
              <p>{t.variables}</p>
              <pre tabIndex={0}>
                <code>{JSON.stringify(example.variables)}</code>
              </pre>
            </>
          ) : null}
          {example.error ? (
            <p>
              {t.exampleError} <code>{example.error.query}</code> {t.answers}{' '}
              <code lang={lang === 'fr' ? 'en' : undefined}>{example.error.message}</code> ({t.see} <a href="#errors">{t.errors}</a>).
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

function TypeSection({ type, documented, lang }: { type: GraphQLNamedType; documented: Set<string>; lang: Lang }) {
  const t = docsText[lang]
  return (
    <section aria-labelledby={`type-${type.name}`}>
      <h3 id={`type-${type.name}`}>
        <code>{type.name}</code>
      </h3>
      {type.description ? <Described text={type.description} lang={lang} /> : null}
      {isEnumType(type) ? (
        <p>
          {t.values}{' '}
          {type.getValues().map((value, i) => (
            <span key={value.name}>
              {i ? ', ' : ''}
              <code>{value.name}</code>
            </span>
          ))}
        </p>
      ) : isObjectType(type) ? (
        <ReflowTable label={t.fieldsOf(type.name)} headings={[t.field, t.type, t.meaning]}>
          {Object.values(type.getFields()).map((field) => (
            <tr key={field.name}>
              <td>
                <code>
                  {field.name}
                  {field.args.length ? `(${field.args.map((arg) => arg.name).join(', ')})` : ''}
                </code>
              </td>
              <td data-label={t.type}>
                <TypeRef type={field.type} documented={documented} />
              </td>
              {field.description ? <Described as="td" text={field.description} lang={lang} /> : <td />}
            </tr>
          ))}
        </ReflowTable>
      ) : null}
    </section>
  )
}

/**
 * GET /docs/graphql (French) and /en/docs/graphql (English): what partners can ask, generated at
 * the first request from the schema the GraphQL endpoint runs (so it cannot drift from it): every
 * public root query with its arguments and the types it answers, the examples of ./examples.ts,
 * the errors and the limits. One language per page; readable at 320 px.
 */
export const graphqlDocs =
  (lang: Lang) =>
  async (req: PayloadRequest): Promise<Response> => {
    const t = docsText[lang]
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
        head={{
          lang,
          title: t.title,
          description: t.description,
          canonical: absoluteUrl(origin, docsPaths[lang]),
          alternates: { fr: absoluteUrl(origin, docsPaths.fr), en: absoluteUrl(origin, docsPaths.en) },
        }}
      >
        <h1>{t.heading}</h1>
        <p className="lead">{t.lead}</p>
        <nav aria-label={t.contents}>
          <ul className="toc">
            <li>
              <a href="#calling">{t.calling}</a>
            </li>
            <li>
              <a href="#errors">{t.errors}</a>
            </li>
            {queries.map((query) => (
              <li key={query.name}>
                <a href={`#query-${query.name}`}>
                  <code>{query.name}</code>
                </a>
              </li>
            ))}
            <li>
              <a href="#types">{t.types}</a>
            </li>
          </ul>
        </nav>

        <h2 id="calling">{t.calling}</h2>
        <ul>
          <li>
            <code>POST {endpoint}</code> {t.post} <code>{'{"query": "…", "variables": {…}}'}</code>.
          </li>
          <li>
            {t.key} <code>Authorization: partners API-Key …</code> {t.keyRest}
          </li>
          <li>
            {t.persisted} (<code>GET {endpoint}?extensions=…</code>, {t.persistedProtocol} <code>PersistedQueryLink</code> {t.persistedRest}{' '}
            <code>ETag</code>.
          </li>
          <li>
            {t.published} <code>locale: fr</code> {t.publishedRest} <code>en</code>.
          </li>
          <li>{t.limits(limits.maxDepth, limits.maxCost, limits.maxAliases, limits.maxDirectives)}</li>
        </ul>

        <h2 id="errors">{t.errors}</h2>
        <ReflowTable label={t.errors} headings={[t.status, t.when, t.body]}>
          <tr>
            <td>200</td>
            <td data-label={t.when}>{t.error200}</td>
            <td data-label={t.body}>
              <code>data</code> {t.error200Body[0]} <code>errors[]</code>
              {t.error200Body[1]}
              <code>message</code> {t.error200Body[2]}
              <code lang={lang === 'fr' ? 'en' : undefined}>lat: a latitude between -90 and 90 expected</code>
              {t.error200Body[3]} <code>extensions.statusCode</code>
              {t.error200Body[4]} <code>extensions.data.argument</code>, <code>path</code>.
            </td>
          </tr>
          <tr>
            <td>400</td>
            <td data-label={t.when}>
              {t.error400} <code>limit</code> {t.error400Bounds}
            </td>
            <td data-label={t.body}>
              <code>errors[]</code> {t.error400Body} <code>data</code>.
            </td>
          </tr>
          <tr>
            <td>401</td>
            <td data-label={t.when}>{t.error401}</td>
            <td data-label={t.body}>
              <code lang={lang === 'fr' ? 'en' : undefined}>Authorization: API key unknown or revoked</code>
            </td>
          </tr>
          <tr>
            <td>403</td>
            <td data-label={t.when}>{t.error403}</td>
            <td data-label={t.body}>{t.error403Body}</td>
          </tr>
          <tr>
            <td>429</td>
            <td data-label={t.when}>{t.error429}</td>
            <td data-label={t.body}>
              {t.error429Body} <code>Retry-After</code> {t.error429Unit}
            </td>
          </tr>
        </ReflowTable>

        <h2 id="queries">{t.queries}</h2>
        {queries.map((query) => (
          <Query key={query.name} query={query} field={fields[query.name]} documented={documented} lang={lang} />
        ))}

        <h2 id="types">{t.types}</h2>
        {types.map((type) => (
          <TypeSection key={type.name} type={type} documented={documented} lang={lang} />
        ))}
      </HubPage>
    )
    return renderPage(page, { tags: ['static'] })
  }
