/**
 * The hub's languages: French, the language every text is written in first and the fallback of
 * every read, then English. Payload's locales, the readers' pages, feeds, widgets and editors'
 * messages all take theirs from here.
 */
export const languages = ['fr', 'en'] as const
export type Lang = (typeof languages)[number]
export const defaultLang: Lang = 'fr'

/** Each language's name in each language, as the admin's locale picker shows it. */
export const languageNames: Record<Lang, Record<Lang, string>> = {
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
}
