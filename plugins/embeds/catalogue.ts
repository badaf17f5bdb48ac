import type { Lang } from '../../src/lib/language'

/*
 * The widgets as both sides know them: the server (data endpoints, frames, oEmbed, the builder)
 * and the widgets' own code in the browser (embeds/), which bundles this file. No value imports
 * here: the loader must stay a few hundred bytes, and esbuild keeps only what a bundle uses.
 */

/** `<relais-NAME>`, built from embeds/NAME.ts, served under /embed/v1/. */
export const widgetNames = ['news', 'services', 'units', 'sheet', 'orienteer'] as const

export type WidgetName = (typeof widgetNames)[number]

export const widgetElement = (widget: WidgetName) => `relais-${widget}` as const

/**
 * Each widget's title (its heading, its frame's `title`, oEmbed's) and the height its iframe
 * takes before it tells its own (oEmbed, the builder's iframe snippet): enough for each of its
 * states at its default number of items, on a phone (375 px wide), so that a frame left at that
 * height never cuts it (test/wordpress-embed.test.ts measures it).
 */
export const widgetInfo: Record<WidgetName, { title: Record<Lang, string>; height: number }> = {
  news: { title: { fr: 'Actualités', en: 'News' }, height: 820 },
  services: { title: { fr: 'Démarches en ligne', en: 'Online services' }, height: 800 },
  units: { title: { fr: 'Commissariats et brigades', en: 'Police and gendarmerie units' }, height: 740 },
  sheet: { title: { fr: 'Fiche pratique', en: 'Practical sheet' }, height: 900 },
  orienteer: { title: { fr: 'Être orienté', en: 'Find the right service' }, height: 800 },
}

/**
 * The official sites widgets send readers to when no page of the hub says more (a widget's
 * fallback, the orienteer's directory of units, emergency numbers). Each has a page on the hub,
 * /embed/v1/official/<key>, that links on: a frame allowed neither to open a tab nor to call
 * (WordPress's `allow-scripts` sandbox) can only lead its host page to the hub.
 */
export const officialSites = {
  annuaire: { url: 'https://lannuaire.service-public.fr', name: 'lannuaire.service-public.fr' },
  'service-public': { url: 'https://www.service-public.fr', name: 'service-public.fr' },
  masecurite: { url: 'https://www.masecurite.interieur.gouv.fr', name: 'masecurite.interieur.gouv.fr' },
  '17cyber': { url: 'https://17cyber.gouv.fr', name: '17cyber.gouv.fr' },
} as const

export type OfficialSite = keyof typeof officialSites

/** The page of emergency numbers (17, 112, 114) shares the path: /embed/v1/official/urgence. */
export const emergencyPage = 'urgence'

/** The hub's page for an official site or the emergency numbers, under the widgets' base (/embed/v1/). */
export const officialPagePath = (key: OfficialSite | typeof emergencyPage, lang: Lang) => `official/${key}${lang === 'en' ? '?lang=en' : ''}`

/*
 * What a hub frame (embeds/frame.ts) tells the page around it, to that page's origin only: its
 * height in Relais's own message, read by the loader (embeds/loader.ts), and in WordPress's embed
 * protocol (wp-embed), where the host sizes the frame (up to 1,000 px) and follows a link only
 * to the frame's own host.
 */
export const heightMessageType = 'relais:height'
export type HeightMessage = { type: typeof heightMessageType; height: number }
export type WordPressMessage = { secret: string; message: 'height'; value: number } | { secret: string; message: 'link'; value: string }

/** The tallest a frame may be sized by the loader: WordPress's own cap is 1,000 px. */
export const maxFrameHeight = 5000
