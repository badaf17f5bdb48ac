type Option = { value: string; label: { fr: string; en: string } }

/** The reader-facing label of a select value, in the reader's language. */
export function labelOf(options: Option[], value: string | null | undefined, lang: 'fr' | 'en'): string | null {
  if (!value) return null
  return options.find((option) => option.value === value)?.label[lang] ?? value
}
