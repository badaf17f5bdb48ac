import type { CatalogueService, CatalogueSheet } from './catalogueSchema'

/** Markdown to the rich text the collections store. */
export type RichText = (markdown: string) => unknown

const shownSources = (sources: CatalogueService['sources']) => sources.map(({ title, url }) => ({ title, url }))

/**
 * The French fields the seed writes for a catalogue service; its successor (replacedBy) is a
 * link to another document, written once both exist.
 */
export function serviceData(service: CatalogueService, richText: RichText) {
  const { file: _file, body, references: _references, en: _en, replacedBy: _replacedBy, sources, coverage, ...fields } = service
  return {
    ...fields,
    description: richText(body),
    coverage: { scope: coverage.scope, departments: coverage.scope === 'departments' ? coverage.departments : [] },
    sources: shownSources(sources),
  }
}

/** The French fields the seed writes for a catalogue sheet; its links to services and sheets are ids, added by the caller. */
export function sheetData(sheet: CatalogueSheet, richText: RichText) {
  const { file: _file, body, references: _references, en: _en, services: _services, relatedSheets: _related, sources, ...fields } = sheet
  return { ...fields, body: richText(body), sources: shownSources(sources) }
}
