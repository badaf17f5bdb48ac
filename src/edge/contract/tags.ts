/**
 * The vocabulary of `Surrogate-Key` tags, shared by the answers that carry them and the changes
 * that purge them:
 * - `<collection>` (`news`, `sheets`, `services`, `units`, `guides`, `media`…): an answer listing
 *   documents of that collection, or able to include any of them;
 * - `<kind>:<id>` (`news:12`, `sheet:7`, `service:4`, `unit:9`, `media:3`), and `guide:<slug>`:
 *   an answer showing that one document;
 * - `news:national`, `dept:<code>`, `commune:<INSEE code>`: an answer showing the news (and other
 *   content) of that territory; national news reach every territory;
 * - `media-file:<filename>`: one stored image file.
 */
export const publicCollections = ['services', 'sheets', 'units', 'unit-competences', 'news', 'guides', 'media'] as const
export type PublicCollection = (typeof publicCollections)[number]

const kinds: Record<PublicCollection, string> = {
  services: 'service',
  sheets: 'sheet',
  units: 'unit',
  'unit-competences': 'competence',
  news: 'news',
  guides: 'guide',
  media: 'media',
}

export const isPublicCollection = (slug: string): slug is PublicCollection => (publicCollections as readonly string[]).includes(slug)

export const collectionTag = (slug: PublicCollection): string => slug
export const documentTag = (slug: PublicCollection, id: string | number): string => `${kinds[slug]}:${id}`
export const departmentTag = (code: string): string => `dept:${code}`
export const communeTag = (code: string): string => `commune:${code}`
export const nationalNewsTag = 'news:national'
export const mediaFileTag = (filename: string): string => `media-file:${filename}`
export const guideTag = (slug: string): string => `guide:${slug}`

/** Tags of an answer showing the content of a territory: its department, its commune, and national news. */
export function territoryTags({ department, commune }: { department?: string | null; commune?: string | null }): string[] {
  return [nationalNewsTag, ...(department ? [departmentTag(department)] : []), ...(commune ? [communeTag(commune)] : [])]
}

/** The value of a `Surrogate-Key` header: tags separated by spaces, each without spaces. */
export const surrogateKey = (tags: Iterable<string>): string =>
  [...new Set(tags)]
    .map((tag) => tag.replace(/\s+/g, ''))
    .filter(Boolean)
    .join(' ')

export const parseSurrogateKey = (value: string | null): string[] => (value ? value.split(/[\s,]+/).filter(Boolean) : [])
