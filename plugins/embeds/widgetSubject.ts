import type { PayloadRequest } from 'payload'

import { collectionTag, guideTag } from '../../src/edge/contract'
import { readerUrl } from '../../src/lib/readerUrls'
import { settingsOf } from '../../src/lib/settings'
import { findCommune, findDepartment } from '../../src/lib/territories'
import { labelOf } from '../../src/lib/labelOf'
import { sheetThemes } from '../../src/lib/vocabularies'
import { widgetInfo, type WidgetName, type WidgetQuery } from './contract'
import { type Lang } from '../../src/lib/language'

export type WidgetSubject = {
  /** What the widget shows, for a reader: a frame's title, an iframe's `title`, oEmbed's title. */
  title: string
  /** The hub's page a reader can read in the widget's place (a commune's, a sheet's), if there is one. */
  page: string | null
  /** What the title is read from: a change to it purges the answers that name it. */
  tags: string[]
}

/** A published document's title by slug, as readers see it; null when there is none. */
async function publishedTitle(req: PayloadRequest, collection: 'sheets' | 'guides', slug: string, lang: Lang): Promise<string | null> {
  const found = await req.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    locale: lang,
    fallbackLocale: 'fr',
    overrideAccess: false,
    pagination: false,
    select: { title: true },
  })
  return found.docs[0]?.title ?? null
}

/**
 * Names a widget's content as a reader would ("Actualités · Rennes", "Fiche pratique · Arnaque
 * en ligne…"), rather than after the hub, and finds the hub's page that says the same.
 */
export async function widgetSubject<W extends WidgetName>(req: PayloadRequest, widget: W, query: WidgetQuery<W>, lang: Lang): Promise<WidgetSubject> {
  const { origin } = settingsOf(req.payload)
  const kind = widgetInfo[widget].title[lang]
  const { commune, department, slug, theme, guide } = query as {
    commune?: string
    department?: string
    slug?: string
    theme?: string
    guide?: string
  }
  const named = (subject: string | null | undefined, page: string | null = null, tags: string[] = []): WidgetSubject => ({
    title: subject ? `${kind} · ${subject}` : `${kind} · Relais`,
    page,
    tags,
  })
  if (commune) return named(findCommune(commune)?.name, readerUrl(origin, 'commune', commune, lang))
  if (department) return named(findDepartment(department)?.name)
  if (widget === 'sheet' && slug)
    return named(await publishedTitle(req, 'sheets', slug, lang), readerUrl(origin, 'sheet', slug, lang), [collectionTag('sheets')])
  if (widget === 'sheet' && theme) return named(labelOf(sheetThemes, theme, lang))
  if (widget === 'orienteer' && guide) return named(await publishedTitle(req, 'guides', guide, lang), null, [guideTag(guide)])
  return named(null)
}
