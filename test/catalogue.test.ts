import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'

import { catalogueDir, CatalogueError, readCatalogue } from '../seed/readCatalogue'

const catalogue = readCatalogue()
const entries = [...catalogue.services, ...catalogue.sheets]
const name = (entry: { file: string }) => path.relative(catalogueDir, entry.file)

type LexicalNode = { type: string; text?: string; children?: LexicalNode[] }
const nodes = (node: LexicalNode): LexicalNode[] => [node, ...(node.children ?? []).flatMap(nodes)]

describe('the catalogue in seed/catalogue', () => {
  it('reads every Markdown file of both folders', () => {
    for (const folder of ['services', 'sheets'] as const) {
      const files = fs.readdirSync(path.join(catalogueDir, folder)).filter((file) => file.endsWith('.md'))
      expect(catalogue[folder].map((entry) => `${entry.slug}.md`).sort()).toEqual(files.sort())
      expect(files.length).toBeGreaterThan(0)
    }
  })

  it('gives every service and sheet at least one official source with an https URL', () => {
    for (const entry of entries) {
      expect(
        entry.sources.some((source) => new URL(source.url).protocol === 'https:'),
        `${name(entry)} has no https source`,
      ).toBe(true)
      for (const source of [...entry.sources, ...(entry.references ?? [])]) expect(source.title.trim(), name(entry)).not.toBe('')
    }
  })

  it('has unique slugs, and sheets and replaced services pointing to existing files', () => {
    const serviceSlugs = catalogue.services.map((service) => service.slug)
    const sheetSlugs = catalogue.sheets.map((sheet) => sheet.slug)
    expect(new Set(serviceSlugs).size).toBe(serviceSlugs.length)
    expect(new Set(sheetSlugs).size).toBe(sheetSlugs.length)
    for (const sheet of catalogue.sheets) {
      expect(sheet.services.length, name(sheet)).toBeGreaterThan(0)
      expect(serviceSlugs, name(sheet)).toEqual(expect.arrayContaining(sheet.services))
      expect(sheetSlugs, name(sheet)).toEqual(expect.arrayContaining(sheet.relatedSheets ?? []))
    }
    for (const service of catalogue.services.filter((s) => s.status === 'replaced')) {
      expect(serviceSlugs, name(service)).toContain(service.replacedBy)
    }
  })

  it('has the texts required in both languages', () => {
    for (const service of catalogue.services) {
      for (const text of [service.name, service.summary, service.body, service.en.name, service.en.summary]) {
        expect(text.trim(), name(service)).not.toBe('')
      }
    }
    for (const sheet of catalogue.sheets) {
      for (const text of [sheet.title, sheet.summary, sheet.body, sheet.en.title, sheet.en.summary]) expect(text.trim(), name(sheet)).not.toBe('')
    }
  })

  it('has bodies whose Markdown becomes rich text: headings, lists and bold, no Markdown left in the text', async () => {
    process.env.PAYLOAD_SECRET ||= 'relais-test-secret-0123456789'
    const { default: configPromise } = await import('../payload.config')
    const editorConfig = await editorConfigFactory.default({ config: await configPromise })
    for (const entry of entries) {
      const root = convertMarkdownToLexical({ editorConfig, markdown: entry.body }).root as LexicalNode
      const all = nodes(root)
      expect(root.children?.length, name(entry)).toBeGreaterThan(0)
      expect(all.filter((node) => node.type === 'heading').length, name(entry)).toBe(entry.body.match(/^#{1,6} /gm)?.length ?? 0)
      expect(all.filter((node) => node.type === 'listitem').length, name(entry)).toBe(entry.body.match(/^\s*- /gm)?.length ?? 0)
      const texts = all.flatMap((node) => (node.type === 'text' ? [node.text ?? ''] : []))
      for (const text of texts) expect(text, name(entry)).not.toMatch(/\*\*|^#+ |^- /)
    }
  })
})

describe('a catalogue file that does not match', () => {
  let dir: string
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  const problems = () => {
    try {
      readCatalogue(dir)
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError)
      return (error as CatalogueError).problems.map((problem) => problem.replace(`${dir}/`, ''))
    }
    throw new Error('the catalogue was accepted')
  }
  const copy = (folder: 'services' | 'sheets', slug: string) =>
    write(`${folder}/${slug}.md`, fs.readFileSync(path.join(catalogueDir, folder, `${slug}.md`), 'utf8'))

  // A copy of the real catalogue, spoilt by each test.
  beforeEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-catalogue-'))
    for (const service of catalogue.services) copy('services', service.slug)
    for (const sheet of catalogue.sheets) copy('sheets', sheet.slug)
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('is refused with the file and the field named, every problem at once', () => {
    const service = fs.readFileSync(path.join(catalogueDir, 'services', 'pnav.md'), 'utf8')
    write('services/pnav.md', service.replace(/^category: .*$/m, 'category: magic').replace(/^ {4}hours: .*$/m, '    hours: Mo-Fr 25:00-26:00'))
    const sheet = fs.readFileSync(path.join(catalogueDir, 'sheets', 'fraude-carte-bancaire.md'), 'utf8')
    const spoilt = sheet.replace(/^services: \[/m, 'services: [no-such-service, ').replace(/^ {2}title: .*$/m, '  titel: Bank card fraud')
    write('sheets/fraude-carte-bancaire.md', spoilt)
    expect(problems()).toEqual([
      expect.stringMatching(/^services\/pnav\.md: category: .*"assistance"/),
      expect.stringMatching(/^services\/pnav\.md: channels\.0\.hours: invalid opening_hours "Mo-Fr 25:00-26:00"/),
      'sheets/fraude-carte-bancaire.md: en.title: required',
      expect.stringMatching(/^sheets\/fraude-carte-bancaire\.md: en: .*titel/),
    ])
  })

  it('names a link to a file that does not exist, unreadable YAML, a missing front matter and a missing source', () => {
    const sheet = fs.readFileSync(path.join(catalogueDir, 'sheets', 'fraude-carte-bancaire.md'), 'utf8')
    write('sheets/fraude-carte-bancaire.md', sheet.replace(/^services: \[/m, 'services: [no-such-service, '))
    write('sheets/no-front-matter.md', '# Une fiche\n\nSans en-tête.\n')
    write('services/broken-yaml.md', '---\nname: [unclosed\n---\n\nTexte.\n')
    const service = fs.readFileSync(path.join(catalogueDir, 'services', 'telepoints.md'), 'utf8')
    write('services/telepoints.md', service.replace(/^sources:\n( {2}.*\n)+/m, 'sources: []\n'))
    expect(problems()).toEqual([
      expect.stringMatching(/^services\/broken-yaml\.md: line \d+: unreadable YAML/),
      'services/telepoints.md: sources: at least one official source is required',
      'sheets/no-front-matter.md: no front matter: the file must start with a line "---", the YAML fields, then a line "---"',
      'sheets/fraude-carte-bancaire.md: services.0: no service file no-such-service.md',
    ])
  })

  it('refuses a sheet that still lists a replaced service, naming its successor', () => {
    const sheet = fs.readFileSync(path.join(catalogueDir, 'sheets', 'porter-plainte.md'), 'utf8')
    write('sheets/porter-plainte.md', sheet.replace(/^services: \[/m, 'services: [pre-plainte-en-ligne, '))
    expect(problems()).toEqual(['sheets/porter-plainte.md: services.0: pre-plainte-en-ligne is replaced by plainte-en-ligne: list that one'])
  })
})
