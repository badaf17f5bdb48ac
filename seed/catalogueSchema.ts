import { z } from 'zod'

import {
  channelAvailabilities,
  channelKinds,
  serviceAudiences,
  serviceCategories,
  serviceOperators,
  serviceStatuses,
  sheetAudiences,
  sheetThemes,
  valuesOf,
} from '../src/lib/vocabularies'
import type { Service, Sheet } from '../payload-types'
import { openingHoursError } from '../src/lib/hours'
import { isDepartmentCode } from '../src/lib/territories'

/**
 * What a file of seed/catalogue/ may say, checked before anything is written: a file that does
 * not match stops `npm run seed` with the file and the field named.
 */

type Channel = NonNullable<Service['channels']>[number]

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'text expected') })
  .trim()
  .min(1, 'must not be empty')
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL expected' })
const slug = z.string({ error: 'a slug expected' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug expected (lowercase letters, digits and hyphens)')
const isoDate = z.iso.date({ error: 'a date YYYY-MM-DD expected' })
const hours = z.string().refine((value) => openingHoursError(value) === null, {
  error: (issue) => `invalid opening_hours "${String(issue.input)}": ${openingHoursError(String(issue.input))}`,
})
const department = z.string({ error: "a department code in quotes expected, such as '35'" }).refine(isDepartmentCode, {
  error: (issue) => `unknown department code ${String(issue.input)}`,
})

/** A page the facts come from; `note` says which fact, for reviewers only. */
const page = z.strictObject({ title: text, url: httpUrl, note: text.optional() })

const pages = {
  /** Official pages, seeded into the document's `sources` and shown to readers. */
  sources: z.array(page).min(1, 'at least one official source is required'),
  /** Further pages (press, relays) a fact was checked against: kept for reviewers, never seeded. */
  references: z.array(page).optional(),
}

const channel = z.strictObject({
  kind: z.enum(valuesOf<Channel['kind']>(channelKinds)),
  target: text.optional(),
  availability: z.enum(valuesOf<Channel['availability']>(channelAvailabilities)),
  /** OpenStreetMap opening_hours, only when an official source gives the hours. */
  hours: hours.optional(),
  note: text.optional(),
})

export const serviceFrontMatter = z
  .strictObject({
    name: text,
    acronym: text.optional(),
    summary: text,
    url: httpUrl,
    category: z.enum(valuesOf<Service['category']>(serviceCategories)),
    audience: text,
    audiences: z.array(z.enum(valuesOf<NonNullable<Service['audiences']>[number]>(serviceAudiences))).min(1),
    covers: text.optional(),
    excludes: text.optional(),
    channels: z.array(channel).min(1, 'at least one channel is required'),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 code expected')).optional(),
    languageCount: z.number().int().min(1).optional(),
    operator: z.enum(valuesOf<Service['operator']>(serviceOperators)),
    coverage: z.discriminatedUnion('scope', [
      z.strictObject({ scope: z.literal('national') }),
      z.strictObject({ scope: z.literal('departments'), departments: z.array(department).min(1) }),
    ]),
    status: z.enum(valuesOf<Service['status']>(serviceStatuses)),
    /** File name (slug) of the service that replaced this one, when status is replaced. */
    replacedBy: slug.optional(),
    ...pages,
    en: z.strictObject({ name: text, summary: text, audience: text.optional(), covers: text.optional(), excludes: text.optional() }),
  })
  .refine((service) => (service.status === 'replaced') === (service.replacedBy !== undefined), {
    path: ['replacedBy'],
    error: 'a replaced service names its successor, and only a replaced one',
  })

export const sheetFrontMatter = z.strictObject({
  title: text,
  themes: z.array(z.enum(valuesOf<Sheet['themes'][number]>(sheetThemes))).min(1),
  summary: text,
  /** File names (slugs) of the services the sheet points to. */
  services: z.array(slug).min(1, 'a sheet points to at least one service'),
  relatedSheets: z.array(slug).optional(),
  audience: z.array(z.enum(valuesOf<NonNullable<Sheet['audience']>[number]>(sheetAudiences))).min(1),
  /** Date of the last change of substance in the official sources; shown to readers. */
  lastSignificantUpdate: isoDate,
  reviewDueDate: isoDate.optional(),
  ...pages,
  en: z.strictObject({ title: text, summary: text }),
})

/** A catalogue file, read: its slug (the file name), the file, the front matter and the French body in Markdown. */
type Entry<T> = T & { slug: string; file: string; body: string }

export type CatalogueService = Entry<z.output<typeof serviceFrontMatter>>
export type CatalogueSheet = Entry<z.output<typeof sheetFrontMatter>>
export type Catalogue = { services: CatalogueService[]; sheets: CatalogueSheet[] }
