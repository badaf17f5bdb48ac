/**
 * The snippet builder at /embed: resolves the commune, keeps the snippet and the live preview
 * in step with the form, checks the accent's contrast, copies the snippet.
 */
import { accentContrast, accentProperties, legibleAccent, minimumContrast, type Palette } from '../plugins/embeds/accentContrast'
import type { BuilderWidget } from '../plugins/embeds/builderPage'
import type { WidgetName, WidgetParameter } from '../plugins/embeds/contract'

type Mode = 'address' | 'script' | 'iframe'

const hub = location.origin
const form = document.getElementById('builder') as HTMLFormElement
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const search = $<HTMLInputElement>('commune-search')
const communeSelect = $<HTMLSelectElement>('commune')
const communeStatus = $<HTMLParagraphElement>('commune-status')
const limitInput = $<HTMLInputElement>('limit')
const accentOn = $<HTMLInputElement>('accent-on')
const accentInput = $<HTMLInputElement>('accent')
const snippet = $<HTMLTextAreaElement>('snippet')
const preview = $<HTMLDivElement>('preview')

// Each widget's parameters and defaults, from the hub's widget contract, written into the page.
const widgetParameters = JSON.parse($('widget-parameters').textContent ?? '{}') as { [W in WidgetName]: WidgetParameter<W>[] }
const widgets = JSON.parse($('widgets').textContent ?? '{}') as Record<WidgetName, BuilderWidget>
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const loaderLine = `<script src="${hub}/embed/v1/loader.js" async></script>`

const modeHelp: Record<Mode, string> = {
  address:
    'Collez cette adresse seule sur une ligne d’un article ou d’une page WordPress (ou dans un bloc « Contenu embarqué »), que vous soyez auteur, éditeur ou administrateur : WordPress affiche le widget et l’ajuste à sa hauteur. Tout site qui lit oEmbed fait de même.',
  script:
    'Collez ce code dans la page de votre site. Dans WordPress, seul un administrateur ou un éditeur peut le faire (bloc « HTML personnalisé ») : pour un auteur, WordPress retire le script et ne garde que le lien placé dans l’élément ; utilisez alors l’adresse. Ce lien s’affiche aussi tant que le widget n’a pas démarré.',
  iframe:
    'Pour un site dont la Content-Security-Policy n’accepte pas de script extérieur : le cadre ne fait tourner que les scripts du hub. La ligne de script ajuste la hauteur du cadre ; une copie de loader.js hébergée sur votre site fait de même (<script src="/js/relais-loader.js" data-hub="…" async>).',
}

function field(name: string): string {
  const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
  return control && !control.disabled ? control.value.trim() : ''
}

/** The widget's data parameters, as chosen in the form: every parameter it takes that has a control with a value other than its default. */
function parameters(widget: WidgetName): [string, string][] {
  const takes: string[] = widgetParameters[widget] ?? []
  const chosen = new Map(takes.filter((name) => name !== 'lang' && field(name)).map((name) => [name, field(name)]))
  for (const control of form.querySelectorAll<HTMLElement>('[data-replaces]')) {
    if (chosen.has((control as HTMLSelectElement).name)) chosen.delete(control.dataset.replaces!)
  }
  if (chosen.get('limit') === String(widgets[widget].limit)) chosen.delete('limit')
  return [...chosen]
}

/** The accent the webmaster chose, made legible in the palette the widget shows first; null when none was chosen. */
function accent(appearance: string): string | null {
  if (!accentOn.checked) {
    $('accent-status').textContent = 'Sans choix, le widget garde ses couleurs, lisibles sur fond clair comme sur fond sombre.'
    return null
  }
  const picked = accentInput.value
  const first: Palette = appearance === 'dark' ? 'dark' : 'light'
  const chosen = legibleAccent(picked, first)
  const ratio = (colour: string, palette: Palette) => accentContrast(colour, palette).toFixed(1).replace('.', ',')
  const name = { light: 'fond clair', dark: 'fond sombre' }
  const notes = [
    chosen === picked
      ? `Contraste sur ${name[first]} : ${ratio(picked, first)}:1.`
      : `${picked} n’atteint que ${ratio(picked, first)}:1 sur ${name[first]} (${minimumContrast}:1 au moins) : le widget utilisera ${chosen} (${ratio(chosen, first)}:1).`,
  ]
  if (appearance === 'auto') {
    const dark = accentProperties(chosen, 'auto')['--relais-accent-dark']
    notes.push(`Sur fond sombre, il utilisera ${dark} (${ratio(dark, 'dark')}:1).`)
  }
  $('accent-status').textContent = notes.join(' ')
  return chosen
}

/** The hub's title for the widget and the page a reader can read instead, as oEmbed names them. */
type Described = { title: string; page: string }
const described = new Map<string, Promise<Described | null>>()
function describe(frameUrl: string): Promise<Described | null> {
  if (!described.has(frameUrl)) {
    described.set(
      frameUrl,
      fetch(`${hub}/oembed?${new URLSearchParams({ url: frameUrl, format: 'json' })}`)
        .then(async (response) => {
          if (!response.ok) return null
          const { html } = (await response.json()) as { html: string }
          const doc = new DOMParser().parseFromString(html, 'text/html')
          return { title: doc.querySelector('iframe')?.title ?? '', page: doc.querySelector('blockquote a')?.getAttribute('href') ?? frameUrl }
        })
        .catch(() => null),
    )
  }
  return described.get(frameUrl)!
}

let previewKey = ''
let release: ReturnType<typeof setTimeout> | undefined

/**
 * Replaces the preview only when what it shows changes, keeping its height until the new one has
 * its own: a preview that shrinks while the pointer is on its way to a control would move that
 * control away from under it.
 */
function showPreview(key: string, build: () => HTMLElement): void {
  if (key === previewKey) return
  previewKey = key
  clearTimeout(release)
  preview.style.minHeight = `${preview.offsetHeight}px`
  preview.replaceChildren(build())
  const settle = new ResizeObserver(() => {
    clearTimeout(release)
    release = setTimeout(() => {
      settle.disconnect()
      preview.style.minHeight = ''
    }, 1500)
  })
  settle.observe(preview.firstElementChild!)
}

let ticket = 0
async function update(): Promise<void> {
  const widget = field('widget') as WidgetName
  const info = widgets[widget]
  const takes: string[] = widgetParameters[widget] ?? []
  for (const block of document.querySelectorAll<HTMLElement>('[data-parameter]')) block.hidden = !takes.includes(block.dataset.parameter!)
  if (info.limit !== null && !limitInput.value) limitInput.value = String(info.limit)
  accentInput.disabled = !accentOn.checked
  const mode = (form.elements.namedItem('mode') as RadioNodeList).value as Mode
  const params = parameters(widget)
  const lang = field('lang')
  const appearance = field('theme-mode')
  const heading = field('heading')
  const colour = accent(appearance)
  const display: [string, string][] = [
    ...(lang !== 'fr' ? [['lang', lang] as [string, string]] : []),
    ...(appearance !== 'light' ? [['appearance', appearance] as [string, string]] : []),
    ...(heading !== '2' ? [['heading', heading] as [string, string]] : []),
  ]
  const frameUrl = `${hub}/embed/v1/frame/${widget}?${new URLSearchParams([...params, ...display, ...(colour ? [['accent', colour]] : [])])}`
  const limit = Number(field('limit') || info.limit)
  $('limit-hint').textContent =
    info.limit !== null && limit > info.limit
      ? `Au-delà de ${info.limit}, le widget peut dépasser 1 000 px de haut sur un téléphone : WordPress le coupe à cette hauteur.`
      : ''
  $('mode-help').textContent = modeHelp[mode]

  const mine = ++ticket
  const about = await describe(frameUrl)
  if (mine !== ticket) return
  const title = about?.title || `${info.title[lang === 'en' ? 'en' : 'fr']} · Relais`
  let notice = ''
  let code: string
  if (mode === 'address') {
    // Plain: an address pasted into WordPress is read as it is, `&amp;` included.
    code = frameUrl
    showPreview(`frame ${frameUrl}`, () => frame(frameUrl, title, info, 'allow-scripts'))
  } else if (mode === 'iframe') {
    const allow = info.allow ? ` allow="${info.allow}"` : ''
    // Attributes rather than style: WordPress keeps frameborder, width and height, and drops style.
    code = `<iframe src="${frameUrl.replace(/"/g, '%22')}" title="${escapeAttr(title)}" width="100%" height="${info.height}" frameborder="0"${allow} loading="lazy"></iframe>\n${loaderLine}`
    notice =
      info.limit !== null && limit > info.limit
        ? `La ligne de script est nécessaire : avec ${limit} éléments, le contenu peut dépasser les ${info.height} px du cadre, qui le couperait sans elle.`
        : `Sans la ligne de script, le cadre garde ${info.height} px de haut : assez pour tout son contenu, même sur un téléphone, avec de l’espace libre en dessous sur un écran large.`
    showPreview(`frame ${frameUrl}`, () => frame(frameUrl, title, info, null))
  } else {
    // The language always: without it, the widget takes the page's.
    const attributes: [string, string][] = [...params, ['lang', lang]]
    if (appearance !== 'light') attributes.push(['appearance', appearance])
    if (heading !== '2') attributes.push(['heading-level', heading])
    const style = colour
      ? Object.entries(accentProperties(colour, appearance as 'light' | 'dark' | 'auto'))
          .map(([property, value]) => `${property}: ${value}`)
          .join('; ')
      : ''
    if (style) attributes.push(['style', style])
    const attrs = attributes.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')
    // What shows where the script cannot run: a link to the hub's page for the same content.
    const fallback = `<a href="${escapeAttr(about?.page ?? frameUrl)}">${escapeAttr(title)}</a>`
    code = `${loaderLine}\n<relais-${widget}${attrs}>\n  ${fallback}\n</relais-${widget}>`
    showPreview(`element ${widget} ${JSON.stringify(attributes)}`, () => {
      const element = document.createElement(`relais-${widget}`)
      for (const [k, v] of attributes) element.setAttribute(k, v)
      return element
    })
  }
  snippet.value = code
  $('snippet-notice').textContent = notice
}

/** The widget in a frame, as the chosen host shows it (WordPress sandboxes it). */
function frame(src: string, title: string, info: BuilderWidget, sandbox: string | null): HTMLIFrameElement {
  const element = document.createElement('iframe')
  element.src = src
  element.title = title
  element.width = '100%'
  element.height = String(info.height)
  element.setAttribute('frameborder', '0')
  if (sandbox) element.setAttribute('sandbox', sandbox)
  if (info.allow) element.allow = info.allow
  return element
}

let pending: ReturnType<typeof setTimeout> | undefined
let asked = 0
search.addEventListener('input', () => {
  clearTimeout(pending)
  pending = setTimeout(() => void findCommunes(), 250)
})

async function findCommunes(): Promise<void> {
  const q = search.value.trim()
  if (!q) return
  const mine = ++asked
  communeStatus.textContent = '…'
  try {
    const response = await fetch(`${hub}/embed/v1/communes?${new URLSearchParams({ q })}`)
    const { communes } = (await response.json()) as { communes?: { code: string; name: string; department: string; postcodes: string[] }[] }
    if (mine !== asked) return
    communeSelect.replaceChildren(
      ...(communes ?? []).map((c) => new Option(`${c.name} (${c.postcodes[0] ?? c.department}) – INSEE ${c.code}`, c.code)),
    )
    communeStatus.textContent = communes?.length ? `${communes.length} commune(s) trouvée(s).` : 'Aucune commune trouvée.'
    void update()
  } catch {
    communeStatus.textContent = 'La recherche de commune ne répond pas.'
  }
}

$('widget').addEventListener('change', () => {
  // Each widget has its own default number of items.
  limitInput.value = ''
})
form.addEventListener('change', () => void update())
form.addEventListener('submit', (event) => event.preventDefault())
$('copy').addEventListener('click', () => void copySnippet())
async function copySnippet(): Promise<void> {
  snippet.select()
  try {
    await navigator.clipboard.writeText(snippet.value)
    $('copy-status').textContent = 'Code copié.'
  } catch {
    $('copy-status').textContent = 'Copie impossible : sélectionnez le code et copiez-le (Ctrl+C).'
  }
}

const loader = document.createElement('script')
loader.src = '/embed/v1/loader.js'
document.head.append(loader)
void update()
