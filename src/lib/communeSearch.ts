import { listCommunes, type Commune } from './territories'

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

let index: { commune: Commune; folded: string }[] | undefined

/**
 * Communes matching what a person types: a postcode or INSEE code prefix, or a name (accents,
 * case, dashes and "saint"/"st" ignored). Exact and prefix matches first, then the most populous.
 */
export function searchCommunes(text: string, limit = 10): Commune[] {
  const query = fold(text).replace(/\bst\b/g, 'saint')
  if (!query) return []
  index ??= listCommunes().map((commune) => ({ commune, folded: fold(commune.name) }))
  const scored: { commune: Commune; score: number }[] = []
  for (const { commune, folded } of index) {
    let score = -1
    if (/^\d/.test(query) || /^2[ab]/.test(query)) {
      if (commune.postcodes.some((p) => p === query) || commune.code === query.toUpperCase()) score = 3
      else if (commune.postcodes.some((p) => p.startsWith(query))) score = 1
    } else if (folded === query) score = 3
    else if (folded.startsWith(query)) score = 2
    else if (query.length >= 3 && folded.includes(query)) score = 0
    if (score >= 0) scored.push({ commune, score })
  }
  return scored
    .sort((a, b) => b.score - a.score || (b.commune.population ?? 0) - (a.commune.population ?? 0))
    .slice(0, limit)
    .map((s) => s.commune)
}
