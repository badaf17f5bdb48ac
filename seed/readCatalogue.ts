import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { z } from 'zod'

import { type Catalogue, serviceFrontMatter, sheetFrontMatter } from './catalogueSchema'

export const catalogueDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'catalogue')

/** Every problem found in the catalogue, one line each, naming the file and the field. */
export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`the catalogue has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'CatalogueError'
  }
}

/** Files are named relative to the working directory, as a reviewer finds them, or in full outside it. */
function label(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/

function readFile<T extends z.ZodType<object>>(
  file: string,
  schema: T,
  problems: string[],
): (z.output<T> & { slug: string; file: string; body: string }) | undefined {
  const problem = (field: string, message: string) => problems.push(`${label(file)}: ${field ? `${field}: ` : ''}${message}`)
  const slug = path.basename(file, '.md')
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) problem('', 'the file name is the slug: lowercase letters, digits and hyphens, then .md')
  const match = frontMatterPattern.exec(fs.readFileSync(file, 'utf8'))
  if (!match) return void problem('', 'no front matter: the file must start with a line "---", the YAML fields, then a line "---"')
  let data: unknown
  try {
    data = parseYaml(match[1])
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error
    // The front matter starts on the file's second line.
    const line = error.linePos ? `line ${error.linePos[0].line + 1}: ` : ''
    return void problem('', `${line}unreadable YAML: ${error.message.split('\n')[0]}`)
  }
  const body = match[2].trim()
  if (!body) problem('body', 'the French text (Markdown after the front matter) is empty')
  const parsed = schema.safeParse(data ?? {})
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(issue.path.join('.'), issue.message)
    return undefined
  }
  return { ...parsed.data, slug, file, body }
}

/** The folder's files read, and the slugs of all its files, read or not, so that links to a bad file are not reported twice. */
function readFolder<T extends z.ZodType<object>>(dir: string, folder: string, schema: T, problems: string[]) {
  const folderPath = path.join(dir, folder)
  if (!fs.existsSync(folderPath)) {
    problems.push(`${label(folderPath)}/: folder missing`)
    return { entries: [], slugs: new Set<string>() }
  }
  const files = fs
    .readdirSync(folderPath)
    .filter((name) => name.endsWith('.md'))
    .sort()
  return {
    entries: files.flatMap((name) => readFile(path.join(folderPath, name), schema, problems) ?? []),
    slugs: new Set(files.map((name) => path.basename(name, '.md'))),
  }
}

/**
 * Reads and checks seed/catalogue/: every file against its schema, then the links between files
 * (a sheet's services, current ones only, and related sheets, a replaced service's successor). Throws a
 * CatalogueError listing every problem; returns the catalogue when there is none.
 */
export function readCatalogue(dir: string = catalogueDir): Catalogue {
  const problems: string[] = []
  const { entries: services, slugs: serviceSlugs } = readFolder(dir, 'services', serviceFrontMatter, problems)
  const { entries: sheets, slugs: sheetSlugs } = readFolder(dir, 'sheets', sheetFrontMatter, problems)
  for (const service of services) {
    if (service.replacedBy === service.slug) problems.push(`${label(service.file)}: replacedBy: a service cannot replace itself`)
    else if (service.replacedBy && !serviceSlugs.has(service.replacedBy)) {
      problems.push(`${label(service.file)}: replacedBy: no service file ${service.replacedBy}.md`)
    }
  }
  const replaced = new Map(services.filter((service) => service.replacedBy).map((service) => [service.slug, service.replacedBy]))
  for (const sheet of sheets) {
    sheet.services.forEach((slug, i) => {
      if (!serviceSlugs.has(slug)) problems.push(`${label(sheet.file)}: services.${i}: no service file ${slug}.md`)
      // Readers would be sent to a service that no longer exists under that name.
      else if (replaced.has(slug)) problems.push(`${label(sheet.file)}: services.${i}: ${slug} is replaced by ${replaced.get(slug)}: list that one`)
    })
    sheet.relatedSheets?.forEach((slug, i) => {
      if (slug === sheet.slug) problems.push(`${label(sheet.file)}: relatedSheets.${i}: a sheet cannot be related to itself`)
      else if (!sheetSlugs.has(slug)) problems.push(`${label(sheet.file)}: relatedSheets.${i}: no sheet file ${slug}.md`)
    })
  }
  if (problems.length) throw new CatalogueError(problems)
  return { services, sheets }
}
