import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Package } from 'custom-elements-manifest/schema'
import { beforeAll, describe, expect, it } from 'vitest'

import { analyzeWidgets, root, widgetStyling, type Styling } from '../src/cli/widgetManifest'

/** Every `part="a b"` in a template, and the names a `part=${…}` expression can take. */
function partsIn(source: string): Set<string> {
  const names = new Set<string>()
  for (const [, literal, expression] of source.matchAll(/\bpart=(?:"([^"]*)"|\$\{([^}]*)\})/g)) {
    const values = literal !== undefined ? [literal] : [...(expression ?? '').matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '')
    for (const value of values) for (const name of value.split(/\s+/).filter(Boolean)) names.add(name)
  }
  return names
}

/** Each `--relais-*` the CSS reads with var(), and the literal values it falls back to (a nested var() unwrapped). */
function propertiesIn(source: string): Map<string, Set<string>> {
  const read = new Map<string, Set<string>>()
  for (const match of source.matchAll(/var\(\s*(--relais-[\w-]+)\s*(,)?/g)) {
    const fallbacks = read.get(match[1]) ?? new Set<string>()
    read.set(match[1], fallbacks)
    if (!match[2]) continue
    let depth = 1
    let end = match.index + match[0].length
    for (; end < source.length && depth > 0; end++) depth += source[end] === '(' ? 1 : source[end] === ')' ? -1 : 0
    let fallback = source.slice(match.index + match[0].length, end - 1).trim()
    for (let inner; (inner = /^var\(\s*--[\w-]+\s*,\s*(.*)\)$/s.exec(fallback));) fallback = inner[1].trim()
    if (!fallback.startsWith('var(')) fallbacks.add(fallback)
  }
  return read
}

const sourcesUnder = (dir: string): Map<string, string> =>
  new Map(
    fs
      .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [path.posix.join(dir, file.split(path.sep).join('/')), fs.readFileSync(path.join(root, dir, file), 'utf8')]),
  )

/**
 * What the widgets' templates and CSS have and their JSDoc does not say, or the reverse: the
 * parts and properties of a widget's own file are its own tags; those of every other file
 * (runtime/, the shared styles) are the base class's.
 */
function mismatches(manifest: Package, sources: Map<string, string>): string[] {
  const { base, widgets } = widgetStyling(manifest)
  const owners = new Map<string, { name: string; styling: Styling }>(widgets.map((w) => [w.module, { name: w.className, styling: w }]))
  const found = new Map<string, { parts: Set<string>; properties: Map<string, Set<string>> }>()
  for (const [file, source] of sources) {
    const owner = owners.get(file)?.name ?? base.className
    const into = found.get(owner) ?? { parts: new Set(), properties: new Map() }
    found.set(owner, into)
    for (const part of partsIn(source)) into.parts.add(part)
    for (const [name, fallbacks] of propertiesIn(source)) into.properties.set(name, new Set([...(into.properties.get(name) ?? []), ...fallbacks]))
  }
  const problems: string[] = []
  for (const { name, styling } of [{ name: base.className, styling: base }, ...owners.values()]) {
    const used = found.get(name) ?? { parts: new Set(), properties: new Map() }
    const documentedParts = new Set(styling.parts.map((p) => p.name))
    for (const part of used.parts) if (!documentedParts.has(part)) problems.push(`${name}: part "${part}" is rendered but has no @csspart`)
    for (const part of documentedParts) if (!used.parts.has(part)) problems.push(`${name}: @csspart ${part} is rendered nowhere in its sources`)
    const documented = new Map(styling.properties.map((p) => [p.name, p]))
    for (const property of used.properties.keys())
      if (!documented.has(property)) problems.push(`${name}: ${property} is read but has no @cssproperty`)
    for (const [property, doc] of documented) {
      const fallbacks = used.properties.get(property)
      if (!fallbacks) {
        problems.push(`${name}: @cssproperty ${property} is read nowhere in its sources`)
        continue
      }
      if (doc.default && !fallbacks.has(doc.default))
        problems.push(`${name}: ${property} defaults to ${[...fallbacks].join(' or ')}, not ${doc.default}`)
      for (const fallback of fallbacks) {
        if (fallback !== doc.default && !doc.description?.includes(fallback))
          problems.push(`${name}: ${property}'s description omits its default ${fallback}`)
      }
    }
  }
  return problems
}

let manifest: Package
let sources: Map<string, string>
beforeAll(async () => {
  ;({ manifest } = await analyzeWidgets(fs.mkdtempSync(path.join(os.tmpdir(), 'relais-cem-'))))
  sources = sourcesUnder('embeds')
})

const edited = (file: string, edit: (source: string) => string) => new Map([...sources, [file, edit(sources.get(file)!)]])

describe("the widgets' styling reference", () => {
  it('documents every part and custom property the widgets render and read, with their defaults, and nothing else', () => {
    expect(widgetStyling(manifest).widgets.map((w) => w.tagName)).toEqual([
      'relais-news',
      'relais-orienteer',
      'relais-services',
      'relais-sheet',
      'relais-units',
    ])
    expect(mismatches(manifest, sources)).toEqual([])
  })

  it('catches a part added to a template, or one no template renders any more', () => {
    expect(
      mismatches(
        manifest,
        edited('embeds/news.ts', (s) => s.replace('part="list"', 'part="list ghost"')),
      ),
    ).toEqual(['RelaisNews: part "ghost" is rendered but has no @csspart'])
    expect(
      mismatches(
        manifest,
        edited('embeds/units.ts', (s) => s.replace('part="week"', '')),
      ),
    ).toEqual(['RelaisUnits: @csspart week is rendered nowhere in its sources'])
    expect(
      mismatches(
        manifest,
        edited('embeds/runtime/element.ts', (s) => s.replace("part=${offset ? 'subheading'", "part=${offset ? 'subtitle'")),
      ),
    ).toEqual([
      'RelaisElement: part "subtitle" is rendered but has no @csspart',
      'RelaisElement: @csspart subheading is rendered nowhere in its sources',
    ])
  })

  it('catches a custom property added, dropped, or whose default changed', () => {
    expect(
      mismatches(
        manifest,
        edited('embeds/sheet.ts', (s) => s.replace('--_lines: 4;', '--_lines: var(--relais-lines, 4);')),
      ),
    ).toEqual(['RelaisSheet: --relais-lines is read but has no @cssproperty'])
    expect(
      mismatches(
        manifest,
        edited('embeds/runtime/styles.ts', (s) => s.replace('var(--relais-min-height, 14rem)', '14rem')),
      ),
    ).toEqual(['RelaisElement: @cssproperty --relais-min-height is read nowhere in its sources'])
    expect(
      mismatches(
        manifest,
        edited('embeds/runtime/styles.ts', (s) => s.replace('--relais-text, #f2f2f2', '--relais-text, #fafafa')),
      ),
    ).toEqual(["RelaisElement: --relais-text's description omits its default #fafafa"])
  })
})
