import { convertLexicalToMarkdown, convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Service, Sheet } from '../payload-types'
import { serviceData, sheetData } from './catalogueDocuments'
import type { Catalogue, CatalogueService, CatalogueSheet } from './catalogueSchema'
import { seedKey } from './seedRecords'
import { type Lang } from '../src/lib/language'

type Id = number | string
type Collection = 'services' | 'sheets'

export type FieldChange = { field: string; catalogue: string | null; hub: string | null }
export type DocumentRef = { collection: Collection; slug: string; title: string; id?: Id }
export type ChangedDocument = DocumentRef & { changes: FieldChange[] }

export type CatalogueDiff = {
  counts: Record<Collection, { catalogue: number; same: number; changed: number; deleted: number; toAdd: number }>
  /** In the catalogue, never seeded into this hub: the next `npm run seed` creates them. */
  toAdd: DocumentRef[]
  /** Seeded, then changed by editors (the latest version, draft or published). */
  changed: ChangedDocument[]
  /** Seeded, then deleted: the seed will not create them again. */
  deleted: DocumentRef[]
  /** Documents of the hub that come from no catalogue file. */
  onlyInHub: DocumentRef[]
}

/** A value flattened to comparable text per field path: `channels.0.note` → "…". */
type Flat = Map<string, string>

/** Lists whose order readers do not see, compared as sets. */
const unordered = new Set(['audiences', 'languages', 'themes', 'audience', 'coverage.departments'])

function flatten(value: unknown, path: string, into: Flat): Flat {
  if (value === null || value === undefined || value === '') return into
  if (Array.isArray(value)) {
    if (unordered.has(path)) {
      if (value.length) into.set(path, [...value].map(String).sort().join(', '))
    } else value.forEach((item, i) => flatten(item, `${path}.${i}`, into))
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== 'id') flatten(item, path ? `${path}.${key}` : key, into)
  } else into.set(path, String(value).trim())
  return into
}

function compare(catalogue: Flat, hub: Flat): FieldChange[] {
  const fields = [...new Set([...catalogue.keys(), ...hub.keys()])]
  return fields.flatMap((field) =>
    catalogue.get(field) === hub.get(field) ? [] : [{ field, catalogue: catalogue.get(field) ?? null, hub: hub.get(field) ?? null }],
  )
}

/**
 * How a hub's services and sheets differ from the catalogue: what the seed would add, what
 * editors changed (field by field, French and English), what they deleted, and what the hub
 * has besides. Reads only.
 */
export async function diffCatalogue(payload: Payload, catalogue: Catalogue): Promise<CatalogueDiff> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  // Both sides go through the same conversion, so only a change of substance shows.
  const markdown = (richText: unknown) =>
    richText && typeof richText === 'object' ? convertLexicalToMarkdown({ data: richText as never, editorConfig }).trim() : null
  const richText = (text: string) => convertMarkdownToLexical({ editorConfig, markdown: text })

  const { docs: records } = await payload.find({ collection: 'seed-records', pagination: false, depth: 0 })
  const recorded = new Map(records.map((record) => [record.key, record.documentId]))
  const read = async <C extends Collection>(collection: C, locale: Lang) =>
    (await payload.find({ collection, locale, fallbackLocale: false, draft: true, pagination: false, depth: 0 })).docs
  const [servicesFr, servicesEn, sheetsFr, sheetsEn] = await Promise.all([
    read('services', 'fr'),
    read('services', 'en'),
    read('sheets', 'fr'),
    read('sheets', 'en'),
  ])
  // Each catalogue entry's document: the one the seed created (even renamed since), else the one with its slug.
  const match = <D extends { id: Id; slug?: string | null }>(collection: Collection, entries: { slug: string }[], docs: D[]) =>
    new Map(
      entries.flatMap((entry) => {
        const recordedId = recorded.get(seedKey(collection, entry.slug))
        const doc = docs.find((d) => String(d.id) === recordedId) ?? docs.find((d) => d.slug === entry.slug)
        return doc ? [[entry.slug, doc] as const] : []
      }),
    )
  const servicesMatched = match('services', catalogue.services, servicesFr)
  const sheetsMatched = match('sheets', catalogue.sheets, sheetsFr)
  // Links are told by catalogue slug, so that a renamed document does not show as a changed link everywhere.
  const slugById = (matched: Map<string, { id: Id }>, docs: { id: Id; slug?: string | null }[]) =>
    new Map([
      ...docs.map((doc) => [String(doc.id), doc.slug ?? `#${doc.id}`] as const),
      ...[...matched].map(([slug, doc]) => [String(doc.id), slug] as const),
    ])
  const serviceSlugById = slugById(servicesMatched, servicesFr)
  const sheetSlugById = slugById(sheetsMatched, sheetsFr)
  const slugsOf = (ids: unknown, slugs: Map<string, string>) =>
    Array.isArray(ids) ? ids.map((id) => slugs.get(String(typeof id === 'object' && id ? (id as { id: Id }).id : id)) ?? `#${String(id)}`) : []

  const diff: CatalogueDiff = {
    counts: {
      services: { catalogue: catalogue.services.length, same: 0, changed: 0, deleted: 0, toAdd: 0 },
      sheets: { catalogue: catalogue.sheets.length, same: 0, changed: 0, deleted: 0, toAdd: 0 },
    },
    toAdd: [],
    changed: [],
    deleted: [],
    onlyInHub: [],
  }

  function compareCollection<D extends Service | Sheet, E extends CatalogueService | CatalogueSheet>(
    collection: Collection,
    entries: E[],
    matched: Map<string, D>,
    french: D[],
    english: D[],
    title: (doc: D | E) => string,
    expected: (entry: E) => { fr: Record<string, unknown>; en: Record<string, unknown> },
    actual: (fr: D, en: D | undefined) => { fr: Record<string, unknown>; en: Record<string, unknown> },
  ) {
    for (const entry of entries) {
      const doc = matched.get(entry.slug)
      const ref: DocumentRef = { collection, slug: entry.slug, title: title(entry) }
      if (!doc) {
        const outcome = recorded.has(seedKey(collection, entry.slug)) ? 'deleted' : 'toAdd'
        diff[outcome].push(ref)
        diff.counts[collection][outcome]++
        continue
      }
      const want = expected(entry)
      const have = actual(
        doc,
        english.find((d) => d.id === doc.id),
      )
      const changes = [
        ...compare(flatten(want.fr, '', new Map()), flatten(have.fr, '', new Map())),
        ...compare(flatten(want.en, 'en', new Map()), flatten(have.en, 'en', new Map())),
      ]
      if (changes.length) {
        diff.changed.push({ ...ref, id: doc.id, changes })
        diff.counts[collection].changed++
      } else diff.counts[collection].same++
    }
    const seeded = new Set([...matched.values()].map((doc) => doc.id))
    for (const doc of french) {
      if (!seeded.has(doc.id)) diff.onlyInHub.push({ collection, slug: doc.slug ?? '', title: title(doc), id: doc.id })
    }
  }

  compareCollection<Service, CatalogueService>(
    'services',
    catalogue.services,
    servicesMatched,
    servicesFr,
    servicesEn,
    (doc) => doc.name ?? '',
    (entry) => {
      const { description, ...fields } = serviceData(entry, richText)
      return {
        fr: { ...fields, description: markdown(description), replacedBy: entry.replacedBy, _status: 'published' },
        en: entry.en,
      }
    },
    // `id`, the timestamps and `locale` (the language the document was read in) are not content.
    (fr, en) => {
      const { id: _id, createdAt: _c, updatedAt: _u, locale: _l, description, replacedBy, ...fields } = fr
      return {
        fr: { ...fields, description: markdown(description), replacedBy: slugsOf(replacedBy ? [replacedBy] : [], serviceSlugById)[0] },
        en: { name: en?.name, summary: en?.summary, audience: en?.audience, covers: en?.covers, excludes: en?.excludes },
      }
    },
  )
  compareCollection<Sheet, CatalogueSheet>(
    'sheets',
    catalogue.sheets,
    sheetsMatched,
    sheetsFr,
    sheetsEn,
    (doc) => doc.title ?? '',
    // The review day is each hub's own schedule, not content: editors move it at each review, and
    // the demo spreads it around the day it is seeded.
    (entry) => {
      const { body, reviewDueDate: _review, ...fields } = sheetData(entry, richText)
      return {
        fr: { ...fields, body: markdown(body), relatedServices: entry.services, relatedSheets: entry.relatedSheets, _status: 'published' },
        en: entry.en,
      }
    },
    (fr, en) => {
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        locale: _l,
        body,
        relatedServices,
        relatedSheets,
        lastSignificantUpdate,
        reviewDueDate: _review,
        ...fields
      } = fr
      return {
        fr: {
          ...fields,
          body: markdown(body),
          relatedServices: slugsOf(relatedServices, serviceSlugById),
          relatedSheets: slugsOf(relatedSheets, sheetSlugById),
          // Stored as an instant; the catalogue gives the day.
          lastSignificantUpdate: lastSignificantUpdate?.slice(0, 10),
        },
        en: { title: en?.title, summary: en?.summary },
      }
    },
  )
  return diff
}
