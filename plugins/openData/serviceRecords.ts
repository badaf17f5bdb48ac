import type { Payload } from 'payload'

import { readerUrl } from '../../src/lib/readerUrls'
import { settingsOf } from '../../src/lib/settings'
import { englishTexts, inEnglish } from '../../src/lib/textLanguages'
import type { servicesTableSchema } from './tableSchemas'
import { utcSecond } from './unitRecords'

type Column = (typeof servicesTableSchema)['fields'][number]['name']
export type ServiceRecord = Record<Column, string | null>

const list = (values: (string | null | undefined)[] | null | undefined): string | null => {
  const kept = (values ?? []).filter((value): value is string => Boolean(value))
  return kept.length ? kept.join(' | ') : null
}

/** The published services, French texts and English ones where translated, by name. */
export async function serviceRecords(payload: Payload): Promise<{ records: ServiceRecord[]; lastModified: string | undefined }> {
  const { origin } = settingsOf(payload)
  const { docs } = await payload.find({
    collection: 'services',
    where: { _status: { equals: 'published' } },
    sort: 'name',
    pagination: false,
    depth: 0,
    locale: 'fr',
    overrideAccess: false,
  })
  const english = await englishTexts(payload, { collection: 'services', ids: docs.map((doc) => doc.id), select: { name: true, summary: true } })
  const records = docs.map((service): ServiceRecord => ({
    id: String(service.id),
    slug: service.slug ?? String(service.id),
    name: service.name ?? '',
    name_en: inEnglish(english, service.id, 'name') ? String(english.get(String(service.id))?.name) : null,
    acronym: service.acronym ?? null,
    summary: service.summary ?? null,
    summary_en: inEnglish(english, service.id, 'summary') ? String(english.get(String(service.id))?.summary) : null,
    category: service.category,
    status: service.status,
    url: service.url ?? null,
    operator: service.operator,
    coverage: service.coverage.scope,
    departments: service.coverage.scope === 'departments' ? list(service.coverage.departments) : null,
    audiences: list(service.audiences),
    channels: list((service.channels ?? []).map((channel) => (channel.target ? `${channel.kind} : ${channel.target}` : channel.kind))),
    languages: list(service.languages),
    page_url: readerUrl(origin, 'service', service.slug ?? String(service.id), 'fr'),
    updated_at: utcSecond(service.updatedAt),
  }))
  const lastModified = docs
    .map((doc) => doc.updatedAt)
    .sort()
    .at(-1)
  return { records, lastModified }
}
