/**
 * The snippet builder at /embed: resolves the commune, keeps the snippet and the live preview
 * in step with the form, copies the snippet.
 */
import type { WidgetName, WidgetParameter } from '../plugins/embeds/contract'

const hub = location.origin
const form = document.getElementById('builder') as HTMLFormElement
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const search = $<HTMLInputElement>('commune-search')
const communeSelect = $<HTMLSelectElement>('commune')
const communeStatus = $<HTMLParagraphElement>('commune-status')
const snippet = $<HTMLTextAreaElement>('snippet')
const preview = $<HTMLDivElement>('preview')

// Each widget's parameters, from the hub's widget contract, written into the page.
const widgetParameters = JSON.parse($('widget-parameters').textContent ?? '{}') as { [W in WidgetName]: WidgetParameter<W>[] }
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

function field(name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? ''
}

/** The widget's data parameters, as chosen in the form: every parameter it takes that has a control with a value. */
function parameters(widget: WidgetName): [string, string][] {
  const takes: string[] = widgetParameters[widget] ?? []
  const chosen = new Map(takes.filter((name) => name !== 'lang' && field(name)).map((name) => [name, field(name)]))
  for (const control of form.querySelectorAll<HTMLElement>('[data-replaces]')) {
    if (chosen.has((control as HTMLSelectElement).name)) chosen.delete(control.dataset.replaces!)
  }
  return [...chosen]
}

function update(): void {
  const widget = field('widget') as WidgetName
  const takes: string[] = widgetParameters[widget] ?? []
  for (const block of document.querySelectorAll<HTMLElement>('[data-parameter]')) block.hidden = !takes.includes(block.dataset.parameter!)
  const mode = (form.elements.namedItem('mode') as RadioNodeList).value
  const params = parameters(widget)
  const lang = field('lang')
  const appearance = field('theme-mode')
  const accent = field('accent')
  const heading = field('heading')
  let code: string
  preview.replaceChildren()
  if (mode === 'iframe') {
    const query = new URLSearchParams([...params, ['lang', lang], ['appearance', appearance], ['accent', accent], ['heading', heading]])
    const src = `${hub}/embed/v1/frame/${widget}?${query}`
    code =
      `<iframe src="${escapeAttr(src)}" title="Relais" style="width:100%;height:560px;border:0" loading="lazy"></iframe>\n` +
      `<!-- Facultatif, ajuste la hauteur : --><script src="${hub}/embed/v1/loader.js" async></script>`
    const frame = document.createElement('iframe')
    frame.src = src
    frame.title = 'Relais'
    frame.style.cssText = 'width:100%;height:560px;border:0'
    preview.append(frame)
  } else {
    const attrs = [...params, ['lang', lang], ['appearance', appearance], ['heading-level', heading]]
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('')
    const style = accent ? ` style="--relais-accent: ${accent}"` : ''
    code = `<script src="${hub}/embed/v1/loader.js" async></script>\n<relais-${widget}${attrs}${style}></relais-${widget}>`
    const element = document.createElement(`relais-${widget}`)
    for (const [k, v] of [...params, ['lang', lang], ['appearance', appearance], ['heading-level', heading]]) element.setAttribute(k, v)
    if (accent) element.style.setProperty('--relais-accent', accent)
    preview.append(element)
  }
  snippet.value = code
}

let pending: ReturnType<typeof setTimeout> | undefined
let asked = 0
search.addEventListener('input', () => {
  clearTimeout(pending)
  pending = setTimeout(async () => {
    const q = search.value.trim()
    if (!q) return
    const ticket = ++asked
    communeStatus.textContent = '…'
    try {
      const response = await fetch(`${hub}/embed/v1/communes?${new URLSearchParams({ q })}`)
      const { communes } = (await response.json()) as { communes?: { code: string; name: string; department: string; postcodes: string[] }[] }
      if (ticket !== asked) return
      communeSelect.replaceChildren(
        ...(communes ?? []).map((c) => new Option(`${c.name} (${c.postcodes[0] ?? c.department}) – INSEE ${c.code}`, c.code)),
      )
      communeStatus.textContent = communes?.length ? `${communes.length} commune(s) trouvée(s).` : 'Aucune commune trouvée.'
      update()
    } catch {
      communeStatus.textContent = 'La recherche de commune ne répond pas.'
    }
  }, 250)
})

form.addEventListener('change', update)
form.addEventListener('submit', (event) => event.preventDefault())
$('copy').addEventListener('click', async () => {
  snippet.select()
  try {
    await navigator.clipboard.writeText(snippet.value)
    $('copy-status').textContent = 'Code copié.'
  } catch {
    $('copy-status').textContent = 'Copie impossible : sélectionnez le code et copiez-le (Ctrl+C).'
  }
})

const loader = document.createElement('script')
loader.src = '/embed/v1/loader.js'
document.head.append(loader)
update()
