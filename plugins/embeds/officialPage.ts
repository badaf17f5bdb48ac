import type { Endpoint } from 'payload'
import { z } from 'zod'

import { problem, publicAnswer, type PublicEndpointCustom } from '../../src/edge/contract'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { emergencyPage, officialSites, type OfficialSite } from './catalogue'
import { languages, type Lang } from '../../src/lib/language'
import { issuesMessage } from '../../src/lib/fieldMessage'

const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** What each official site is for, in the reader's language. */
const purposes: Record<OfficialSite, Record<Lang, { title: string; text: string }>> = {
  annuaire: {
    fr: {
      title: 'Trouver un commissariat ou une brigade de gendarmerie',
      text: 'L’annuaire de l’administration donne l’adresse, le téléphone et les horaires de chaque commissariat et de chaque brigade.',
    },
    en: {
      title: 'Find a police station or a gendarmerie unit',
      text: 'The French administration’s directory gives the address, phone number and opening hours of every police station and gendarmerie unit.',
    },
  },
  'service-public': {
    fr: { title: 'Service-Public.fr', text: 'Le site officiel de l’administration française : vos droits et vos démarches.' },
    en: { title: 'Service-Public.fr', text: 'The French administration’s official website: your rights and how to go about things.' },
  },
  masecurite: {
    fr: {
      title: 'Ma Sécurité',
      text: 'Le site du ministère de l’Intérieur pour échanger avec un policier ou un gendarme et faire vos démarches en ligne.',
    },
    en: {
      title: 'Ma Sécurité',
      text: 'The Interior ministry’s website to talk with a police officer or a gendarme and to go through procedures online.',
    },
  },
  '17cyber': {
    fr: {
      title: '17Cyber',
      text: 'Le guichet unique des victimes de cybermalveillance : un diagnostic, des conseils et, si besoin, un policier ou un gendarme.',
    },
    en: {
      title: '17Cyber',
      text: 'The one-stop service for victims of cybercrime: a diagnosis, advice and, if needed, a police officer or gendarme.',
    },
  },
}

const emergency: Record<Lang, { title: string; numbers: { href: string; label: string; text: string }[] }> = {
  fr: {
    title: 'Urgence',
    numbers: [
      { href: 'tel:17', label: 'Appeler le 17', text: 'Police secours : un danger, une agression, un cambriolage en cours.' },
      { href: 'tel:112', label: 'Appeler le 112', text: 'Le numéro d’urgence européen, depuis tout téléphone.' },
      { href: 'sms:114', label: 'Écrire au 114 par SMS', text: 'Pour les personnes sourdes, malentendantes ou qui ne peuvent pas parler.' },
    ],
  },
  en: {
    title: 'Emergency',
    numbers: [
      { href: 'tel:17', label: 'Call 17', text: 'Police emergency: danger, an assault, a burglary in progress.' },
      { href: 'tel:112', label: 'Call 112', text: 'The European emergency number, from any phone.' },
      { href: 'sms:114', label: 'Text 114', text: 'For people who are deaf, hard of hearing or unable to speak.' },
    ],
  },
}

const leaving: Record<Lang, (name: string) => string> = {
  fr: (name) => `Continuer vers ${name}`,
  en: (name) => `Go on to ${name}`,
}

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1e1e1e;background:#fff;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1.5rem}
a.button{display:inline-block;margin:.25rem 0 1rem;padding:.6rem 1rem;border-radius:.4rem;background:#00358e;color:#fff;font-weight:700;text-decoration:none}
a.button:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#17181c;color:#f2f2f2}a.button{background:#a9c2ff;color:#0b1a3a}}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}

function officialPage(key: string, lang: Lang): string | null {
  if (key === emergencyPage) {
    const { title, numbers } = emergency[lang]
    return page(
      lang,
      title,
      `<h1>${escapeHtml(title)}</h1>\n${numbers
        .map((number) => `<p>${escapeHtml(number.text)}<br><a class="button" href="${number.href}">${escapeHtml(number.label)}</a></p>`)
        .join('\n')}`,
    )
  }
  if (!Object.hasOwn(officialSites, key)) return null
  const site = officialSites[key as OfficialSite]
  const { title, text } = purposes[key as OfficialSite][lang]
  return page(
    lang,
    title,
    `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>\n<p><a class="button" href="${escapeHtml(site.url)}">${escapeHtml(leaving[lang](site.name))}</a></p>`,
  )
}

const query = z.strictObject({ lang: z.enum(languages, { error: 'lang: must be fr or en' }).default('fr') })

/**
 * GET /embed/v1/official/<site>: a page of the hub that leads on to an official site, or to the
 * emergency numbers. A widget's link to a site that is not the hub goes there when its frame may
 * only send the host page to the hub. The sites are a fixed list: the hub never relays an
 * address it is given.
 */
export const officialPageEndpoint: Endpoint = {
  path: '/embed/v1/official/:site',
  method: 'get',
  custom: { publicPath: '/embed/v1/official/:site', frameable: true } satisfies PublicEndpointCustom,
  handler: async (req) => {
    const parsed = query.safeParse(Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams))
    if (!parsed.success) return problem(400, issuesMessage(parsed.error))
    const key = String(req.routeParams?.site ?? '')
    const html = officialPage(key, parsed.data.lang)
    if (!html)
      return problem(404, `site: no official site named ${JSON.stringify(key)} (${[...Object.keys(officialSites), emergencyPage].join(', ')})`)
    return publicAnswer(html, 'text/html; charset=utf-8', {
      tags: ['embed'],
      browserMaxAge: 3600,
      headers: { 'Content-Security-Policy': contentSecurityPolicy },
    })
  },
}
