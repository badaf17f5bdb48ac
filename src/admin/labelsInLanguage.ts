import type { Block, CollectionConfig, Config, Field, GlobalConfig, Tab } from 'payload'

type Localized = Record<string, string>
type LabelFunction = (args: { i18n: { language: string } }) => string

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.values(value).every((text) => typeof text === 'string')

/** The label in the admin's language, else in French (the hub's fallback language). */
const inLanguage =
  (labels: Localized): LabelFunction =>
  ({ i18n }) =>
    labels[i18n.language] ?? labels.fr ?? Object.values(labels)[0]

const label = <T>(value: T): T | LabelFunction => (isLocalized(value) ? inLanguage(value) : value)

function labelsOf<T extends { singular?: unknown; plural?: unknown } | undefined>(labels: T): T {
  if (!labels) return labels
  return { ...labels, singular: label(labels.singular), plural: label(labels.plural) }
}

function block(entry: Block): Block {
  return { ...entry, labels: labelsOf(entry.labels), fields: entry.fields.map(field) }
}

function tab(entry: Tab): Tab {
  return { ...entry, label: label(entry.label), fields: entry.fields.map(field) } as Tab
}

function field(entry: Field): Field {
  const next = { ...entry } as Record<string, unknown>
  if ('label' in entry) next.label = label(entry.label)
  if ('labels' in entry) next.labels = labelsOf(entry.labels as { singular?: unknown; plural?: unknown })
  if ('fields' in entry && Array.isArray(entry.fields)) next.fields = entry.fields.map(field)
  if ('tabs' in entry && Array.isArray(entry.tabs)) next.tabs = entry.tabs.map(tab)
  if ('blocks' in entry && Array.isArray(entry.blocks)) next.blocks = entry.blocks.map((b) => (typeof b === 'string' ? b : block(b)))
  return next as Field
}

/**
 * Labels given as `{ fr, en }` become functions of the admin's language. Payload accepts both,
 * but several of its components put the label into a sentence without translating it first
 * (the dashboard cards' « + », the sort buttons, the relationship drawer), which read
 * « Créer … [object Object] »; a function is resolved by Payload before any component sees it.
 * Applied last, so that it reaches the collections other plugins add.
 */
export const labelsInLanguage = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection): CollectionConfig => ({
    ...collection,
    labels: labelsOf(collection.labels),
    fields: collection.fields.map(field),
  })),
  globals: config.globals?.map((global): GlobalConfig => ({ ...global, label: label(global.label), fields: global.fields.map(field) })),
  blocks: config.blocks?.map(block),
})
