import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'

import type { CssCustomProperty, CssPart, CustomElementDeclaration, Package, Reference } from 'custom-elements-manifest/schema'

export const root = path.resolve(import.meta.dirname, '../..')

/**
 * Runs the Custom Elements Manifest analyzer as `npx cem analyze` does, with the project's
 * custom-elements-manifest.config.mjs (the widgets' sources, Lit mode), writing
 * custom-elements.json into outdir; returns the manifest and its file.
 */
export async function analyzeWidgets(outdir: string): Promise<{ manifest: Package; file: string }> {
  const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js')
  // The analyzer joins --outdir to its working directory, even an absolute one.
  await promisify(execFile)(process.execPath, [cem, 'analyze', '--quiet', '--outdir', path.relative(root, outdir)], { cwd: root })
  const file = path.join(outdir, 'custom-elements.json')
  return { manifest: JSON.parse(await fs.readFile(file, 'utf8')) as Package, file }
}

export type Styling = { parts: CssPart[]; properties: CssCustomProperty[] }
export type WidgetStyling = Styling & { tagName: string; className: string; module: string; description: string }
export type BaseStyling = Styling & { className: string; module: string }

/** The analyzer marks the parts and properties a class inherits, which the schema allows on members only. */
type Inherited<T> = T & { inheritedFrom?: Reference }
/** A class with a tag name, or with CSS parts or custom properties in its JSDoc (the widgets' base class). */
type Element = CustomElementDeclaration & { cssParts?: Inherited<CssPart>[]; cssProperties?: Inherited<CssCustomProperty>[] }

/**
 * What each widget documents itself, and what their common base class documents once. The
 * analyzer copies the base's parts into each widget and marks a part a widget documents again
 * (`link`, with what it is in that widget) as inherited too, keeping the widget's description:
 * a part is the widget's own when it is not inherited or describes something else.
 */
export function widgetStyling(manifest: Package): { base: BaseStyling; widgets: WidgetStyling[] } {
  const classes = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d): d is Element => d.kind === 'class' && 'customElement' in d && d.customElement === true)
      .map((declaration) => ({ declaration, module: module.path })),
  )
  const elements = classes.filter((c) => c.declaration.tagName)
  if (elements.length === 0) throw new Error('custom-elements.json: no custom element (is custom-elements-manifest.config.mjs reading embeds/?)')
  const baseNames = new Set(elements.map((c) => c.declaration.superclass?.name))
  const [baseName] = baseNames
  const base = classes.find((c) => c.declaration.name === baseName)
  if (baseNames.size !== 1 || !base) {
    throw new Error(
      `custom-elements.json: the widgets must share one base class with @csspart or @cssproperty tags in the analyzed sources, found ${[...baseNames].join(', ')}`,
    )
  }
  const descriptions = (items: Inherited<CssPart | CssCustomProperty>[] | undefined) => new Map((items ?? []).map((p) => [p.name, p.description]))
  const baseParts = descriptions(base.declaration.cssParts)
  const baseProperties = descriptions(base.declaration.cssProperties)
  const own = <T extends CssPart | CssCustomProperty>(items: Inherited<T>[] | undefined, inherited: Map<string, string | undefined>): T[] =>
    (items ?? [])
      .filter((item) => !item.inheritedFrom || item.description !== inherited.get(item.name))
      .map(({ inheritedFrom: _, ...item }) => item as T)
  const widgets = elements
    .map(({ declaration, module }) => ({
      tagName: declaration.tagName!,
      className: declaration.name,
      module,
      description: declaration.description ?? '',
      parts: own(declaration.cssParts, baseParts),
      properties: own(declaration.cssProperties, baseProperties),
    }))
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
  return {
    base: {
      className: base.declaration.name,
      module: base.module,
      parts: base.declaration.cssParts ?? [],
      properties: base.declaration.cssProperties ?? [],
    },
    widgets,
  }
}

/** Text for a Markdown table cell: the manifest's descriptions are one-line prose with `code`. */
function cell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((chunk, i) => (i % 2 ? chunk : chunk.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
}

function partsTable(parts: CssPart[]): string[] {
  return ['| Part | What it is |', '| --- | --- |', ...parts.map((p) => `| \`${p.name}\` | ${cell(p.description)} |`)]
}

function propertiesTable(properties: CssCustomProperty[]): string[] {
  return [
    '| Property | Default | What it does |',
    '| --- | --- | --- |',
    ...properties.map((p) => `| \`${p.name}\` | ${p.default ? `\`${p.default}\`` : ''} | ${cell(p.description)} |`),
  ]
}

/** docs/widget-styling.md: the shared parts and properties once, then each widget's own. */
export function widgetStylingMarkdown({ base, widgets }: ReturnType<typeof widgetStyling>): string {
  const lines = [
    '<!-- Generated by `npm run docs:widgets` from the @csspart and @cssproperty tags of the widgets',
    `     (embeds/) and of ${base.className} (${base.module}), read by the Custom Elements Manifest analyzer.`,
    '     Do not edit: change the tags and run the command again; CI fails when this file is stale. -->',
    '',
    '# Styling the widgets',
    '',
    'For webmasters, beside [the widgets and how to embed them](webmasters.md).',
    '',
    "The widgets draw inside a shadow root: the host page's CSS does not reach in, and theirs does",
    'not leak out. Fonts are inherited from the page. A page styles them through the custom',
    'properties below, set on the element or any ancestor, and through `::part()`:',
    '',
    '```css',
    'relais-news { --relais-accent: #7a1f5c; --relais-radius: 0; }',
    'relais-news::part(heading) { text-transform: uppercase; }',
    'relais-units::part(badge open) { font-style: italic; }',
    '```',
    '',
    'When you change colours, keep a contrast of 4.5:1 between text and background: an accent must',
    'reach it against the background and against `--relais-on-accent` (the snippet builder checks',
    'the accent it writes; CSS you write yourself is yours to check). Defaults are the light',
    'palette\'s; the dark palette\'s (`appearance="dark"`, or `auto` on a dark system) are in the',
    'descriptions.',
    '',
    `Widgets: ${widgets.map((w) => `[\`<${w.tagName}>\`](#${w.tagName})`).join(', ')}.`,
    '',
    '## Every widget',
    '',
    '### Custom properties',
    '',
    ...propertiesTable(base.properties),
    '',
    '### Parts',
    '',
    ...partsTable(base.parts),
  ]
  for (const widget of widgets) {
    lines.push('', `## ${widget.tagName}`, '', cell(widget.description), '')
    if (widget.properties.length) lines.push('### Custom properties', '', ...propertiesTable(widget.properties), '')
    lines.push(
      `Its own parts (\`${widget.tagName}::part(name)\`), besides [every widget's](#parts):`,
      '',
      ...(widget.parts.length ? partsTable(widget.parts) : ['(none of its own)']),
    )
  }
  return `${lines.join('\n')}\n`
}
