import type { Lang } from './language'

/**
 * A phone number as readers of a page dial it: on French pages a French number in its national
 * form (« 01 99 00 12 34 », as printed on every French sign), on English pages the international
 * one (« +33 1 99 00 12 34 »), both in pairs of digits. Other numbers are left as written.
 */
export function readablePhone(phone: string, lang: Lang): string {
  const digits = phone.replace(/[^\d+]/g, '')
  const national = /^\+33(\d{9})$/.exec(digits)?.[1] ?? /^0(\d{9})$/.exec(digits)?.[1]
  if (!national) return phone
  const pairs = national.slice(1).match(/\d{2}/g)!.join(' ')
  return lang === 'fr' ? `0${national[0]} ${pairs}` : `+33 ${national[0]} ${pairs}`
}
