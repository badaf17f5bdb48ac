import type { Term } from './vocabularies'
import { type Lang } from './language'

/** The reader-facing label of a vocabulary's value, in the reader's language. */
export function labelOf(terms: Term[], value: string | null | undefined, lang: Lang): string | null {
  if (!value) return null
  return terms.find((term) => term.value === value)?.label[lang] ?? value
}
