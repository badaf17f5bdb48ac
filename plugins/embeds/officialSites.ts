import { type Lang } from '../../src/lib/language'
/**
 * The official sites widgets send readers to when no page of the hub says more (a widget's
 * fallback, the orienteer's directory of units, emergency numbers). Each has a page on the hub,
 * /embed/v1/official/<key>, that links on: a frame allowed neither to open a tab nor to call
 * (WordPress's `allow-scripts` sandbox) can only lead its host page to the hub. Imported by the
 * widgets' code: no imports here.
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
