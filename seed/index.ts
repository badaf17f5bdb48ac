import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload, Where } from 'payload'

import { serviceData, sheetData } from './catalogueDocuments'
import type { Catalogue } from './catalogueSchema'
import { guides } from './content/guides'
import { demoCompetences, demoNews, demoReviewDays, type DemoUnit, demoUnits, demoUsers } from './demo'
import { gendarmerieUnits, policeUnits } from './opendataUnits'
import { readCatalogue } from './readCatalogue'
import { loadSeedRecords, seedKey } from './seedRecords'

export type SeedOptions = {
  /** The catalogue already read (npm run seed reads it before starting Payload); else seed/catalogue. */
  catalogue?: Catalogue
  /** Demo users, units and news besides the real content. */
  demo: boolean
  demoPassword: string
  log?: (line: string) => void
}

/** Per collection: documents created, found already there, and left out because an editor deleted them. */
export type SeedReport = Record<string, { created: number; existing: number; deleted: number }>

type Id = number | string
type Outcome = 'created' | 'existing' | 'deleted'

/**
 * Creates what is missing and leaves what exists alone: a second run changes nothing, a
 * document an editor has changed since is never overwritten, and one an editor deleted is
 * never created again (the seed remembers what it created in `seed-records`).
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  // Read and checked before anything is written: a bad file stops the seed with nothing half done.
  const { services, sheets } = options.catalogue ?? readCatalogue()
  const records = await loadSeedRecords(payload)
  const report: SeedReport = {}
  const tally = (collection: string, outcome: Outcome) => {
    ;(report[collection] ??= { created: 0, existing: 0, deleted: 0 })[outcome]++
  }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  const findId = async (collection: CollectionSlug, where: Where): Promise<Id | undefined> => {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
    return found.docs[0]?.id
  }
  const stillThere = async (collection: CollectionSlug, id: Id): Promise<boolean> =>
    (await payload.findByID({ collection, id, depth: 0, draft: true, disableErrors: true })) != null

  /**
   * Creates in French, then adds the English texts, unless the document is there: the one the
   * seed created under this key (even renamed since), or one matching `where`. A document the
   * seed created and that is gone was deleted by an editor: it is left out (id undefined).
   */
  async function ensure(
    collection: CollectionSlug,
    identifier: string,
    where: Where,
    data: Record<string, unknown>,
    english?: Record<string, unknown>,
    draft = false,
  ): Promise<{ id?: Id; outcome: Outcome }> {
    const key = seedKey(collection, identifier)
    const record = records.get(key)
    const existing = record && (await stillThere(collection, record.documentId)) ? record.documentId : await findId(collection, where)
    const outcome: Outcome = existing !== undefined ? 'existing' : record ? 'deleted' : 'created'
    tally(collection, outcome)
    if (outcome === 'deleted') return { outcome }
    if (existing !== undefined) {
      await records.remember(key, existing)
      return { id: existing, outcome }
    }
    const doc = await payload.create({ collection, data: data as never, locale: 'fr', draft, depth: 0 })
    if (english && Object.keys(english).length) {
      await payload.update({ collection, id: doc.id, data: english, locale: 'en', draft, depth: 0 })
    }
    await records.remember(key, doc.id)
    return { id: doc.id, outcome }
  }

  /** Ids by slug; a slug whose document was deleted maps to undefined and its links are left out. */
  const linker = (ids: Map<string, Id | undefined>, kind: string, from: string) => (slugs: string[]) =>
    slugs.flatMap((slug) => {
      if (!ids.has(slug)) throw new Error(`seed: ${from} points to unknown ${kind} ${slug}`)
      const id = ids.get(slug)
      return id === undefined ? [] : [id]
    })

  const serviceIds = new Map<string, Id | undefined>()
  const createdServices = new Set<string>()
  for (const service of services) {
    const { id, outcome } = await ensure(
      'services',
      service.slug,
      { slug: { equals: service.slug } },
      {
        ...serviceData(service, richText),
        // A replaced service is linked once its successor exists (second pass below).
        status: service.status === 'replaced' ? 'active' : service.status,
        _status: 'published',
      },
      service.en,
    )
    serviceIds.set(service.slug, id)
    if (outcome === 'created') createdServices.add(service.slug)
  }
  for (const service of services) {
    if (!service.replacedBy || !createdServices.has(service.slug)) continue
    const successor = serviceIds.get(service.replacedBy)
    if (successor === undefined) {
      options.log?.(`seed: services: ${service.slug} is left active: its successor ${service.replacedBy} was deleted`)
      continue
    }
    await payload.update({
      collection: 'services',
      id: serviceIds.get(service.slug)!,
      data: { status: 'replaced', replacedBy: successor as number },
      depth: 0,
    })
  }

  const sheetIds = new Map<string, Id | undefined>()
  const createdSheets = new Set<string>()
  const reviewDays = demoReviewDays(sheets.length)
  for (const [i, sheet] of sheets.entries()) {
    const { id, outcome } = await ensure(
      'sheets',
      sheet.slug,
      { slug: { equals: sheet.slug } },
      {
        ...sheetData(sheet, richText),
        ...(options.demo ? { reviewDueDate: reviewDays[i] } : {}),
        relatedServices: linker(serviceIds, 'service', `sheet ${sheet.slug}`)(sheet.services),
        _status: 'published',
      },
      sheet.en,
    )
    sheetIds.set(sheet.slug, id)
    if (outcome === 'created') createdSheets.add(sheet.slug)
  }
  // Sheets point to each other, so links are added once every sheet exists.
  for (const sheet of sheets) {
    if (!sheet.relatedSheets?.length || !createdSheets.has(sheet.slug)) continue
    const related = linker(sheetIds, 'sheet', `sheet ${sheet.slug}`)(sheet.relatedSheets)
    await payload.update({ collection: 'sheets', id: sheetIds.get(sheet.slug)!, data: { relatedSheets: related as number[] }, depth: 0 })
  }

  for (const guide of guides) {
    const { outcome, id } = await ensure(
      'guides',
      guide.slug,
      { slug: { equals: guide.slug } },
      {
        slug: guide.slug,
        title: guide.title,
        intro: guide.intro,
        startStep: guide.startStep,
        steps: guide.steps.map(({ en: _en, ...step }) => step),
        outcomes: guide.outcomes.map(({ en: _en, services: serviceSlugs, sheets: sheetSlugs, ...outcome }) => ({
          ...outcome,
          services: linker(serviceIds, 'service', `guide ${guide.slug}`)(serviceSlugs),
          sheets: linker(sheetIds, 'sheet', `guide ${guide.slug}`)(sheetSlugs),
        })),
        _status: 'published',
      },
    )
    if (outcome !== 'created') continue
    // Rows keep their ids across locales: the English texts go into the rows French created.
    const saved = await payload.findByID({ collection: 'guides', id: id!, depth: 0, locale: 'fr' })
    await payload.update({
      collection: 'guides',
      id: id!,
      locale: 'en',
      depth: 0,
      data: {
        ...guide.en,
        steps: (saved.steps ?? []).map((row, i) => ({
          ...row,
          question: guide.steps[i].en.question,
          help: guide.steps[i].en.help,
          answers: (row.answers ?? []).map((answer, j) => ({ ...answer, label: guide.steps[i].en.answers[j] })),
        })),
        outcomes: (saved.outcomes ?? []).map((row, i) => ({ ...row, ...guide.outcomes[i].en })),
      },
    })
  }

  const unitIds = new Map<string, Id | undefined>()
  const units: DemoUnit[] = [...(await policeUnits()), ...(await gendarmerieUnits()), ...(options.demo ? demoUnits : [])]
  for (const { offers = [], ...unit } of units) {
    const data = { ...unit, services: linker(serviceIds, 'service', `unit ${unit.publicId}`)(offers) }
    unitIds.set(unit.publicId, (await ensure('units', unit.publicId, { publicId: { equals: unit.publicId } }, data)).id)
  }

  if (options.demo) {
    for (const competence of demoCompetences) {
      await ensure('unit-competences', competence.key, { key: { equals: competence.key } }, competence)
    }
    for (const user of demoUsers(options.demoPassword)) {
      await ensure('users', user.email, { email: { equals: user.email } }, user)
    }
    const day = 24 * 60 * 60 * 1000
    for (const item of demoNews) {
      const { en, body, publishedInDays, expiresInDays, unitPublicId, draft, ...fields } = item
      await ensure(
        'news',
        item.slug,
        { slug: { equals: item.slug } },
        {
          ...fields,
          body: richText(body),
          publishedAt: publishedInDays === undefined ? null : new Date(Date.now() + publishedInDays * day).toISOString(),
          expiresAt: expiresInDays === undefined ? null : new Date(Date.now() + expiresInDays * day).toISOString(),
          unit: (unitPublicId && unitIds.get(unitPublicId)) ?? null,
          _status: draft ? 'draft' : 'published',
        },
        en,
        draft,
      )
    }
  }

  for (const [collection, counts] of Object.entries(report)) {
    const deleted = counts.deleted ? `, ${counts.deleted} deleted by an editor (not created again)` : ''
    options.log?.(`seed: ${collection}: ${counts.created} created, ${counts.existing} already there${deleted}`)
  }
  return report
}
