import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Page } from 'playwright-core'

import { adminTranslations } from '../../src/admin/translations'
import { editorTranslations } from '../../src/lib/editorMessages'

export type Lang = 'fr' | 'en'

const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : []

// Identifiers are no language: `identifiant_public_unite`, an `API-Key` header.
const wordsOf = (text: string): string[] =>
  text
    .replace(/\{\{[^}]*\}\}|<\/?\d+>/g, ' ')
    .replace(/\S*_\S*|\S*[A-Z]\S*-[A-Z]\S*/g, ' ')
    .toLowerCase()
    .match(/\p{L}{2,}/gu) ?? []

const vocabulary = (...sources: unknown[]) => new Set(sources.flatMap(texts).flatMap(wordsOf))

/**
 * English words an editor may meet that no French text of the admin uses, and the other way
 * round: the words of Payload's own two translations (which are what a forgotten text falls
 * back to), the hub's, and the words Payload, Lexical and the date picker write in English
 * whatever the language (src/admin/HardCodedWords.tsx).
 */
const hardCodedEnglish =
  'add block drag to move insert paragraph edit link remove column row responsive tablet desktop next previous month year choose not available time am pm all revoke key order'
const english = vocabulary(en.translations, editorTranslations.en, hardCodedEnglish)
const french = vocabulary(fr.translations, adminTranslations.fr, editorTranslations.fr)
// Words the two languages share (« date », « version », « documents »…) tell nothing.
const foreignTo: Record<Lang, Set<string>> = {
  fr: new Set([...english].filter((word) => !french.has(word))),
  en: new Set([...french].filter((word) => !english.has(word))),
}
// The French texts of Payload keep a few English words (« Email », « Payload »…): they are
// French here as much as English, and a French word that is also English does not betray a
// forgotten translation in the English admin.
// The same holds for French words that happen to be absent from Payload's French texts
// (« service », « import », « active », « force », « national », the date picker's « ve »), and
// for English ones absent from its English (« administration », « Mon », the picker's « Sa »).
for (const word of [
  'email',
  'payload',
  'api',
  'url',
  'json',
  'id',
  'ok',
  'menu',
  'type',
  'message',
  'messages',
  'collections',
  'filtres',
  'service',
  'import',
  'change',
  'active',
  'force',
  'national',
  've',
])
  foreignTo.fr.delete(word)
for (const word of [
  'administration',
  'mon',
  'sa',
  'contact',
  'notes',
  'source',
  'sources',
  'date',
  'guide',
  'guides',
  'image',
  'images',
  'version',
  'versions',
])
  foreignTo.en.delete(word)

export type Finding = { where: string; text: string; problem: string }

/**
 * Every text of the admin's own on the page, with where it sits: visible text, `aria-label`,
 * `title`, `placeholder`, `alt`. Left out: the scheduling drawer's date input, whose format
 * (« déc. 6, 2026 9:07 AM ») Payload fixes with no setting (README, Scheduled publishing); and the
 * content: list cells, documents' titles (header, breadcrumbs, links to a document), the values
 * of relationship and upload fields, the rich text, versions' differences, and what
 * `[data-content]` marks.
 */
async function adminTexts(page: Page): Promise<{ where: string; text: string; content: boolean }[]> {
  return page.evaluate(() => {
    const contentSelector = [
      '[data-content]',
      'textarea',
      '.table td',
      '[class*="relationship"] .rs__control',
      '.schedule-publish__drawer-header h2',
      '[contenteditable]',
      '.rich-text-lexical .editor',
      '.doc-header__title',
      '.render-title',
      '.step-nav a',
      '.step-nav span:last-child',
      '.field-type.relationship .rs__value-container',
      '.field-type.upload .file-details',
      '.field-type.upload .upload-relationship-details',
      '.relationship-table td',
      '.field-diff-content',
      '.html-diff',
      '.rs__option',
      '.field-type.json',
      '.code-editor',
      '.version-pill-label',
      '.doc-controls__value',
      '.app-header__account',
    ].join(', ')
    const found: { where: string; text: string; content: boolean }[] = []
    const describe = (element: Element): string => {
      const own = element.id ? `#${element.id}` : element.classList[0] ? `.${element.classList[0]}` : element.tagName.toLowerCase()
      const parent = element.parentElement?.closest('[id], [class]')
      const parentName = parent ? (parent.id ? `#${parent.id}` : `.${parent.classList[0]}`) : ''
      return `${parentName} ${own}`.trim()
    }
    const isContent = (element: Element) => {
      if (element.closest(contentSelector)) return true
      const link = element.closest('a[href]')
      if (link) {
        const path = new URL((link as HTMLAnchorElement).href, location.href).pathname
        if (/^\/admin\/collections\/[^/]+\/(?!create$)[^/]+$/.test(path)) return true
      }
      return false
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement
        const text = node.nodeValue?.trim()
        if (!parent || !text || parent.closest('script, style, noscript, template')) continue
        found.push({ where: describe(parent), text, content: isContent(parent) })
      } else if (node instanceof Element) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = node.getAttribute(name)?.trim()
          if (value) found.push({ where: `${describe(node)}[${name}]`, text: value, content: isContent(node) })
        }
      }
    }
    return found
  })
}

/**
 * What on the page is not in the admin's language: a word of the other language outside the
 * content, `[object Object]` or a `{{variable}}` left unfilled anywhere.
 */
export async function foreignTexts(page: Page, lang: Lang): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const { where, text, content } of await adminTexts(page)) {
    if (text.includes('[object Object]')) findings.push({ where, text, problem: '[object Object]' })
    else if (/\{\{\s*[\p{L}_]+\s*\}\}/u.test(text)) findings.push({ where, text, problem: 'unfilled variable' })
    else if (!content) {
      const foreign = wordsOf(text).filter((word) => foreignTo[lang].has(word))
      if (foreign.length) findings.push({ where, text: text.slice(0, 160), problem: `not ${lang}: ${[...new Set(foreign)].join(', ')}` })
    }
  }
  // One line per text and place: a list repeats the same button on every row.
  return [...new Map(findings.map((f) => [`${f.where}|${f.text}`, f])).values()]
}
