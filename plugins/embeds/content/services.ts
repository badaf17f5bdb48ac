import type { PayloadRequest, Where } from 'payload'

import { channelAvailabilities, channelKinds, serviceAudiences, serviceCategories } from '../../../src/lib/vocabularies'
import { departmentOfCommune } from '../../../src/lib/territories'
import { collectionTag, latestDate } from '../../../src/edge/contract'
import { readerUrl } from '../../../src/lib/readerUrls'
import { servicesAvailableIn } from '../../../src/lib/territoryWhere'
import { type Reading, publicReading, readAs } from '../../../src/access/previewReading'
import type { WidgetQuery } from '../contract'
import { labelOf } from '../../../src/lib/labelOf'
import { settingsOf } from '../../../src/lib/settings'

/** The online services a reader of the territory can use, with each channel's availability. */
export async function servicesData(req: PayloadRequest, query: WidgetQuery<'services'>, reading: Reading = publicReading) {
  const { origin } = settingsOf(req.payload)
  const department = query.commune ? departmentOfCommune(query.commune) : query.department
  const filters: Where[] = [servicesAvailableIn(department)]
  if (query.category) filters.push({ category: { equals: query.category } })
  // A service for everyone serves every audience.
  if (query.audience) filters.push({ audiences: { in: [query.audience, 'everyone'] } })
  const where: Where = { and: filters }
  const found = await req.payload.find({
    collection: 'services',
    where,
    sort: 'name',
    limit: query.limit,
    depth: 0,
    locale: query.lang,
    fallbackLocale: 'fr',
    ...readAs(reading),
    pagination: false,
    select: {
      name: true,
      acronym: true,
      slug: true,
      summary: true,
      url: true,
      category: true,
      audience: true,
      audiences: true,
      channels: true,
      status: true,
      coverage: true,
      updatedAt: true,
    },
  })
  const data = {
    categories: serviceCategories.map((c) => ({ value: c.value, label: c.label[query.lang] })),
    audiences: serviceAudiences.map((a) => ({ value: a.value, label: a.label[query.lang] })),
    items: found.docs.map((service) => ({
      slug: service.slug,
      page: readerUrl(origin, 'service', service.slug ?? String(service.id), query.lang),
      name: service.name,
      acronym: service.acronym ?? null,
      summary: service.summary,
      audience: service.audience ?? null,
      audiences: service.audiences ?? [],
      url: service.url,
      category: service.category,
      categoryLabel: labelOf(serviceCategories, service.category, query.lang),
      planned: service.status === 'planned',
      local: service.coverage?.scope === 'departments',
      channels: (service.channels ?? []).map((channel) => ({
        kind: labelOf(channelKinds, channel.kind, query.lang),
        target: channel.target ?? null,
        /** How a reader reaches a phone or SMS channel's number. */
        call: channel.kind === 'phone' ? ('tel' as const) : channel.kind === 'sms' ? ('sms' as const) : null,
        availability: labelOf(channelAvailabilities, channel.availability, query.lang),
        note: channel.note ?? null,
      })),
    })),
    seeAll: query.commune ? readerUrl(origin, 'commune', query.commune, query.lang) : null,
  }
  return { data, tags: [collectionTag('services')], lastModified: latestDate(found.docs.map((s) => s.updatedAt)) }
}
