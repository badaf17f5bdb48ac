import type { WidgetName } from './params'

/** What the hub's pages say about each widget: its element, its frame title, its usual height. */
export const widgetInfo: Record<WidgetName, { element: string; title: { fr: string; en: string }; height: number }> = {
  services: { element: 'relais-services', title: { fr: 'Démarches en ligne', en: 'Online services' }, height: 640 },
  units: { element: 'relais-units', title: { fr: 'Commissariats et brigades', en: 'Police and gendarmerie units' }, height: 520 },
  news: { element: 'relais-news', title: { fr: 'Actualités', en: 'News' }, height: 520 },
  sheet: { element: 'relais-sheet', title: { fr: 'Fiche pratique', en: 'Practical sheet' }, height: 640 },
  orienteer: { element: 'relais-orienteer', title: { fr: 'Être orienté', en: 'Find the right service' }, height: 560 },
}
