/**
 * npm run docs:widgets
 * Writes docs/widget-styling.md, the widgets' styling reference (CSS parts and custom
 * properties), from their JSDoc read by the Custom Elements Manifest analyzer into
 * dist/custom-elements.json. test/widget-styling-docs.test.ts fails when the JSDoc and the
 * widgets' templates and CSS disagree; CI fails when this file is stale.
 */
import fs from 'node:fs'
import path from 'node:path'

import { analyzeWidgets, root, widgetStyling, widgetStylingMarkdown } from './widgetManifest'

const started = performance.now()
const { manifest, file: manifestFile } = await analyzeWidgets(path.join(root, 'dist'))
const text = widgetStylingMarkdown(widgetStyling(manifest))
const file = path.join(root, 'docs/widget-styling.md')
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(file, text)
console.log(
  `${path.relative(process.cwd(), file)}: ${before === text ? 'unchanged' : 'written'} (${text.split('\n').length - 1} lines, ` +
    `${Buffer.byteLength(text)} bytes) from ${path.relative(process.cwd(), manifestFile)} in ${Math.round(performance.now() - started)} ms`,
)
