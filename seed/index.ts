import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload, Where } from 'payload'

import { serviceData, sheetData } from './catalogueDocuments'
import type { Catalogue } from './catalogueSchema'
import { guides } from './content/guides'
import { demoNews, demoUnits, demoUsers } from './demo'
import { gendarmerieUnits, policeUnits } from './opendataUnits'
import { readCatalogue } from './readCatalogue'

export type SeedOptions = {
  /** The catalogue already read (npm run seed reads it before starting Payload); else seed/catalogue. */
  catalogue?: Catalogue
  /** Demo users, units and news besides the real content. */
  demo: boolean
  demoPassword: string
  log?: (line: string) => void
}

export type SeedReport = Record<string, { created: number; existing: number }>

type Id = number | string

/**
 * Creates what is missing and leaves what exists alone: a second run changes nothing, and a
 * document an editor has changed since is never overwritten.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  // Read and checked before anything is written: a bad file stops the seed with nothing half done.
  const { services, sheets } = options.catalogue ?? readCatalogue()
  const report: SeedReport = {}
  const tally = (collection: string, created: boolean) => {
    const entry = (report[collection] ??= { created: 0, existing: 0 })
    if (created) entry.created++
    else entry.existing++
  }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  const findId = async (collection: CollectionSlug, where: Where): Promise<Id | undefined> => {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
    return found.docs[0]?.id
  }

  /** Creates in French, then adds the English texts, unless a document matching `where` exists. */
  async function ensure(
    collection: CollectionSlug,
    where: Where,
    data: Record<string, unknown>,
    english?: Record<string, unknown>,
    draft = false,
  ): Promise<{ id: Id; created: boolean }> {
    const existing = await findId(collection, where)
    if (existing !== undefined) {
      tally(collection, false)
      return { id: existing, created: false }
    }
    const doc = await payload.create({ collection, data: data as never, locale: 'fr', draft, depth: 0 })
    if (english && Object.keys(english).length) {
      await payload.update({ collection, id: doc.id, data: english as never, locale: 'en', draft, depth: 0 })
    }
    tally(collection, true)
    return { id: doc.id, created: true }
  }

  const serviceIds = new Map<string, Id>()
  const createdServices = new Set<string>()
  for (const service of services) {
    const { id, created } = await ensure(
      'services',
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
    if (created) createdServices.add(service.slug)
  }
  for (const service of services) {
    if (service.status !== 'replaced' || !service.replacedBy || !createdServices.has(service.slug)) continue
    await payload.update({
      collection: 'services',
      id: serviceIds.get(service.slug)!,
      data: { status: 'replaced', replacedBy: serviceIds.get(service.replacedBy) as number },
      depth: 0,
    })
  }

  const sheetIds = new Map<string, Id>()
  const createdSheets = new Set<string>()
  for (const sheet of sheets) {
    const { id, created } = await ensure(
      'sheets',
      { slug: { equals: sheet.slug } },
      {
        ...sheetData(sheet, richText),
        relatedServices: sheet.services.map((slug) => serviceIds.get(slug)),
        _status: 'published',
      },
      sheet.en,
    )
    sheetIds.set(sheet.slug, id)
    if (created) createdSheets.add(sheet.slug)
  }
  // Sheets point to each other, so links are added once every sheet exists.
  for (const sheet of sheets) {
    if (!sheet.relatedSheets?.length || !createdSheets.has(sheet.slug)) continue
    const related = sheet.relatedSheets.map((slug) => {
      const relatedId = sheetIds.get(slug)
      if (relatedId === undefined) throw new Error(`seed: sheet ${sheet.slug} points to unknown sheet ${slug}`)
      return relatedId
    })
    await payload.update({ collection: 'sheets', id: sheetIds.get(sheet.slug)!, data: { relatedSheets: related as number[] }, depth: 0 })
  }

  for (const guide of guides) {
    const lookup = (ids: Map<string, Id>, kind: string) => (slug: string) => {
      const id = ids.get(slug)
      if (id === undefined) throw new Error(`seed: guide ${guide.slug} points to unknown ${kind} ${slug}`)
      return id
    }
    const { created, id } = await ensure(
      'guides',
      { slug: { equals: guide.slug } },
      {
        slug: guide.slug,
        title: guide.title,
        intro: guide.intro,
        startStep: guide.startStep,
        steps: guide.steps.map(({ en: _en, ...step }) => step),
        outcomes: guide.outcomes.map(({ en: _en, services: serviceSlugs, sheets: sheetSlugs, ...outcome }) => ({
          ...outcome,
          services: serviceSlugs.map(lookup(serviceIds, 'service')),
          sheets: sheetSlugs.map(lookup(sheetIds, 'sheet')),
        })),
        _status: 'published',
      },
    )
    if (!created) continue
    // Rows keep their ids across locales: the English texts go into the rows French created.
    const saved = await payload.findByID({ collection: 'guides', id, depth: 0, locale: 'fr' })
    await payload.update({
      collection: 'guides',
      id,
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

  const unitIds = new Map<string, Id>()
  const units = [...policeUnits(), ...gendarmerieUnits(), ...(options.demo ? demoUnits : [])]
  for (const unit of units) {
    unitIds.set(unit.publicId, (await ensure('units', { publicId: { equals: unit.publicId } }, unit)).id)
  }

  if (options.demo) {
    for (const user of demoUsers(options.demoPassword)) {
      await ensure('users', { email: { equals: user.email } }, user)
    }
    const day = 24 * 60 * 60 * 1000
    for (const item of demoNews) {
      const { en, body, publishedInDays, expiresInDays, unitPublicId, draft, ...fields } = item
      await ensure(
        'news',
        { slug: { equals: item.slug } },
        {
          ...fields,
          body: richText(body),
          publishedAt: new Date(Date.now() + publishedInDays * day).toISOString(),
          expiresAt: expiresInDays === undefined ? null : new Date(Date.now() + expiresInDays * day).toISOString(),
          unit: unitPublicId ? unitIds.get(unitPublicId) : null,
          _status: draft ? 'draft' : 'published',
        },
        en,
        draft,
      )
    }
  }

  for (const [collection, counts] of Object.entries(report)) {
    options.log?.(`seed: ${collection}: ${counts.created} created, ${counts.existing} already there`)
  }
  return report
}
