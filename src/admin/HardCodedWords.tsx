'use client'

import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'
import type { Lang } from '../lib/language'

type Words = { fr: string; en: string }

/**
 * Texts Payload, Lexical and react-datepicker write in English whatever the admin's language,
 * with no setting to reach them: the rich text's gutter buttons, the link editor, the live
 * preview's sizes, the date picker's navigation. Keyed by the English they are written in.
 */
const exact: Record<string, Words> = {
  'Add block': { fr: 'Ajouter un bloc', en: 'Add block' },
  'Drag to move': { fr: 'Glisser pour déplacer', en: 'Drag to move' },
  'Insert Paragraph': { fr: 'Insérer un paragraphe', en: 'Insert paragraph' },
  'Edit link': { fr: 'Modifier le lien', en: 'Edit link' },
  'Remove link': { fr: 'Retirer le lien', en: 'Remove link' },
  'Add Column': { fr: 'Ajouter une colonne', en: 'Add column' },
  'Add Row': { fr: 'Ajouter une ligne', en: 'Add row' },
  Responsive: { fr: 'Pleine largeur', en: 'Full width' },
  Tablette: { fr: 'Tablette', en: 'Tablet' },
  Ordinateur: { fr: 'Ordinateur', en: 'Desktop' },
  'Next Month': { fr: 'Mois suivant', en: 'Next month' },
  'Previous Month': { fr: 'Mois précédent', en: 'Previous month' },
  'Next Year': { fr: 'Année suivante', en: 'Next year' },
  'Previous Year': { fr: 'Année précédente', en: 'Previous year' },
  Time: { fr: 'Heure', en: 'Time' },
  'Choose Date and Time': { fr: 'Choisir la date et l’heure', en: 'Choose date and time' },
  Collapse: { fr: 'Replier', en: 'Collapse' },
  Expand: { fr: 'Déplier', en: 'Expand' },
  'select-all': { fr: 'Tout sélectionner', en: 'Select all' },
  'Page Preview': { fr: 'Aperçu de la page', en: 'Page preview' },
  // Partner keys (Payload's API-key field).
  'Reveal API key': { fr: 'Afficher la clé', en: 'Reveal API key' },
  'Toggle API key visibility': { fr: 'Afficher ou masquer la clé', en: 'Show or hide the key' },
  'Make sure to copy your API key. It will not be displayed again.': {
    fr: 'Copiez la clé maintenant et transmettez-la au partenaire : elle ne sera plus affichée.',
    en: 'Copy the key now and hand it to the partner: it will not be displayed again.',
  },
  'Failed to update the API key.': { fr: 'La clé n’a pas pu être enregistrée : réessayez.', en: 'The key could not be saved: try again.' },
  'Are you sure you want to generate an API key for user': { fr: 'Générer une clé pour', en: 'Generate a key for' },
  '? This will take effect immediately.': { fr: ' ? Elle fonctionnera aussitôt.', en: '? It works at once.' },
}

/** Texts that start with an English word and go on with a date or a value. */
const prefixes: [string, Words][] = [
  ['Choose ', { fr: 'Choisir le ', en: 'Choose ' }],
  ['Not available ', { fr: 'Indisponible : ', en: 'Not available: ' }],
  ['month ', { fr: 'mois ', en: 'month ' }],
  ['Month ', { fr: 'Mois ', en: 'Month ' }],
]

/** Whole texts recognised by their shape: a drawer named by its slug, dnd-kit's instructions. */
const patterns: [RegExp, Words][] = [
  [/^schedule-publish-\S+$/, { fr: 'Programmer la publication', en: 'Schedule publishing' }],
  // dnd-kit's instructions to screen readers, on every sortable list.
  [
    /^To pick up a draggable item, press the space bar\.[\s\S]*cancel\.$/,
    {
      fr: 'Pour saisir un élément, appuyez sur Espace. Déplacez-le avec les flèches puis appuyez de nouveau sur Espace pour le déposer, ou sur Échap pour annuler.',
      en: 'To pick up an item, press Space. Move it with the arrow keys, then press Space again to drop it, or Escape to cancel.',
    },
  ],
]

/** Texts that mean something else in one place only: the scheduling drawer's language choice. */
const scoped: [string, string, Words][] = [['.schedule-publish', 'All', { fr: 'Toutes les langues', en: 'All languages' }]]

const attributes = ['aria-label', 'title', 'placeholder']

function rename(text: string, element: Element | null, lang: Lang): string | null {
  const trimmed = text.trim()
  if (!trimmed) return null
  const words = exact[trimmed]
  if (words) return words[lang] === trimmed ? null : text.replace(trimmed, words[lang])
  for (const [prefix, w] of prefixes) if (trimmed.startsWith(prefix) && w[lang] !== prefix) return text.replace(prefix, w[lang])
  for (const [selector, english, w] of scoped) if (trimmed === english && element?.closest(selector)) return text.replace(english, w[lang])
  for (const [pattern, w] of patterns) if (pattern.test(trimmed) && trimmed !== w[lang]) return w[lang]
  // A list's sort buttons name their column from a label Payload does not always pass: the column's own heading.
  if (/\{\{label\}\}|\[object Object\]/.test(trimmed)) {
    const heading = element?.closest('.sort-column')?.querySelector('.sort-column__label')?.textContent?.trim()
    if (heading) return text.replace(/\{\{label\}\}|\[object Object\]/, heading)
    // A column without a heading (the versions list's): the button says the order alone.
    return text.replace(/\s*(\{\{label\}\}|\[object Object\])/, '')
  }
  return null
}

function renameUnder(root: Node, lang: Lang) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const next = rename(node.nodeValue ?? '', node.parentElement, lang)
      if (next !== null) node.nodeValue = next
    } else if (node instanceof Element) {
      for (const name of attributes) {
        const value = node.getAttribute(name)
        const next = value === null ? null : rename(value, node, lang)
        if (next !== null) node.setAttribute(name, next)
      }
    }
  }
}

/**
 * Puts those texts into the admin's language as they appear. An admin provider: it renders its
 * children and watches the page; Payload's own translations (src/admin/translations.ts) cover
 * everything else.
 */
export function HardCodedWords({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'

  useEffect(() => {
    renameUnder(document.body, lang)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'characterData') renameUnder(mutation.target, lang)
        else if (mutation.type === 'attributes') renameUnder(mutation.target, lang)
        else mutation.addedNodes.forEach((node) => renameUnder(node, lang))
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: attributes })
    return () => observer.disconnect()
  }, [lang])

  return <>{children}</>
}
