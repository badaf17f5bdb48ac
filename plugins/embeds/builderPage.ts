import type { Endpoint } from 'payload'

import { publicAnswer, type PublicEndpointCustom } from '../../src/edge/contract'
import { escapeHtml } from '../../src/lib/escapeHtml'
import { serviceAudiences, serviceCategories, sheetThemes, type Term } from '../../src/lib/vocabularies'
import { widgetInfo, widgetNames, widgetParameters, widgetParams, type WidgetName, type WidgetParameter } from './contract'
import type { FrameDisplay } from './frameParams'

const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** A select's options: an empty choice first, then the vocabulary's values with their French labels. */
const options = (empty: string, terms: Term[]) =>
  [
    `<option value="">${escapeHtml(empty)}</option>`,
    ...terms.map((term) => `<option value="${term.value}">${escapeHtml(term.label.fr)}</option>`),
  ].join('')

// A service for everyone is shown whatever the audience: "everyone" is not a filter.
const audienceFilters = serviceAudiences.filter((audience) => audience.value !== 'everyone')

type Parameter = { [W in WidgetName]: WidgetParameter<W> }[WidgetName]

export type BuilderWidget = { title: { fr: string; en: string }; limit: number | null; height: number; allow: string | null }

/**
 * The form's control for each parameter a webmaster sets, shown for the widgets that take it.
 * A control with data-replaces stands for the other parameter when it has a value (a sheet is
 * given by its slug or by a theme). The commune has a fieldset of its own.
 */
const controls: Partial<Record<Parameter, string>> = {
  limit:
    '<label for="limit">Nombre d’éléments</label><input id="limit" name="limit" type="number" min="1" max="50" aria-describedby="limit-hint"><p id="limit-hint" class="hint"></p>',
  category: `<label for="category">Catégorie</label><select id="category" name="category">${options('Toutes', serviceCategories)}</select>`,
  audience: `<label for="audience">Public</label><select id="audience" name="audience">${options('Tous', audienceFilters)}</select>`,
  slug: '<label for="sheet-slug">Fiche (identifiant)</label><input id="sheet-slug" name="slug" value="arnaques-en-ligne-preuves">',
  theme: `<p class="hint">Ou un thème pour la liste des fiches de ce thème :</p><label for="theme">Thème</label><select id="theme" name="theme" data-replaces="slug">${options('Aucun (une seule fiche)', sheetThemes)}</select>`,
  guide: '<label for="guide">Guide</label><input id="guide" name="guide" value="cyber">',
}

/** The appearances a frame and an element take, the builder's default (the widgets' own) first. */
const appearances: Record<NonNullable<FrameDisplay['appearance']>, string> = {
  light: 'Clair',
  dark: 'Sombre',
  auto: 'Selon le système du lecteur (clair ou sombre)',
}

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/** Each widget's parameters, read by the builder's script (embeds/builder.ts) to show its controls and write its snippet. */
const parametersJson = json(Object.fromEntries(widgetNames.map((widget) => [widget, widgetParameters(widget)])))

/**
 * What else the builder's script needs of each widget: its title, its default number of items
 * (from the contract), the height its iframe takes without the loader (enough for every state
 * of the widget at that default, on a phone), and what its iframe must allow.
 */
const widgetsJson = json(
  Object.fromEntries(
    widgetNames.map((widget) => {
      const limit = (widgetParams[widget].shape as { limit?: { parse: (value: undefined) => number } }).limit
      const defaults: BuilderWidget = {
        title: widgetInfo[widget].title,
        limit: limit ? limit.parse(undefined) : null,
        height: widgetInfo[widget].height,
        allow: widget === 'units' ? 'geolocation' : null,
      }
      return [widget, defaults]
    }),
  ),
)

const page = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Intégrer un widget Relais sur votre site</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1e1e1e;background:#fff;line-height:1.5}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
.layout{display:grid;gap:2rem;grid-template-columns:minmax(18rem,26rem) 1fr}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
fieldset{border:1px solid #ccc;border-radius:.5rem;margin:0 0 1rem;padding:.75rem 1rem}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
input,select,textarea,button{font:inherit}
input,select{width:100%;box-sizing:border-box;padding:.4rem;border:1px solid #666;border-radius:.3rem}
textarea{width:100%;box-sizing:border-box;min-height:8rem;font-family:ui-monospace,monospace;font-size:.85rem}
button{padding:.45rem .9rem;border-radius:.3rem;border:1px solid #00358e;background:#00358e;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #00358e;outline-offset:2px}
.hint{color:#555;font-size:.9rem;margin:.25rem 0}
.preview{border:1px dashed #999;border-radius:.5rem;padding:1rem;min-height:20rem}
.modes{display:grid;gap:.4rem}
.modes label,.check label{font-weight:normal;display:flex;gap:.4rem;align-items:baseline;margin:0}
.modes input,.check input{width:auto}
.check{display:flex;gap:.4rem;align-items:baseline;margin:.75rem 0 0}
.notice{margin:.5rem 0;padding:.5rem .75rem;border-left:4px solid #00358e;background:#f4f5f8}
.notice:empty{display:none}
input:disabled{opacity:.6}
</style>
<script type="application/json" id="widget-parameters">${parametersJson}</script>
<script type="application/json" id="widgets">${widgetsJson}</script>
<script src="/embed/v1/builder.js" defer></script>
</head>
<body>
<main>
<h1>Intégrer un widget Relais sur votre site</h1>
<p>Choisissez un widget, indiquez votre commune, réglez les options, puis choisissez où l’intégrer : l’adresse à coller dans WordPress (ou tout site qui lit oEmbed), le script pour les autres sites, l’iframe pour les sites qui n’acceptent pas de script extérieur.</p>
<div class="layout">
<form id="builder" novalidate>
<fieldset>
<legend>Widget</legend>
<label for="widget">Widget</label>
<select id="widget" name="widget">
${widgetNames.map((widget) => `<option value="${widget}">${escapeHtml(widgetInfo[widget].title.fr)}</option>`).join('\n')}
</select>
</fieldset>
<fieldset id="territory" data-parameter="commune">
<legend>Commune</legend>
<label for="commune-search">Nom ou code postal</label>
<input id="commune-search" type="search" autocomplete="off" aria-describedby="commune-status" placeholder="Rennes, 35000…">
<p id="commune-status" class="hint" role="status" aria-live="polite"></p>
<label for="commune">Commune trouvée</label>
<select id="commune" name="commune"></select>
</fieldset>
<fieldset>
<legend>Options</legend>
${Object.entries(controls)
  .map(([name, control]) => `<div data-parameter="${name}">${control}</div>`)
  .join('\n')}
<label for="lang">Langue</label><select id="lang" name="lang"><option value="fr">Français</option><option value="en">English</option></select>
<label for="theme-mode">Apparence</label><select id="theme-mode" name="theme-mode">${Object.entries(appearances)
  .map(([value, label]) => `<option value="${value}">${label}</option>`)
  .join('')}</select>
<div class="check"><input id="accent-on" type="checkbox" aria-controls="accent"><label for="accent-on">Choisir une couleur d’accent (liens et boutons)</label></div>
<label for="accent">Couleur d’accent</label><input id="accent" name="accent" type="color" value="#00358e" disabled aria-describedby="accent-status">
<p id="accent-status" class="hint" role="status" aria-live="polite">Sans choix, le widget garde ses couleurs, lisibles sur fond clair comme sur fond sombre.</p>
<label for="heading">Niveau de titre</label><select id="heading" name="heading"><option>1</option><option selected>2</option><option>3</option><option>4</option><option>5</option><option>6</option></select>
</fieldset>
<fieldset>
<legend>Où l’intégrer</legend>
<div class="modes">
<label><input type="radio" name="mode" value="address" aria-describedby="mode-help"> WordPress ou autre site qui lit oEmbed (adresse à coller)</label>
<label><input type="radio" name="mode" value="script" checked aria-describedby="mode-help"> Script (recommandé sur les autres sites)</label>
<label><input type="radio" name="mode" value="iframe" aria-describedby="mode-help"> Iframe (sites à Content-Security-Policy stricte)</label>
</div>
<p id="mode-help" class="hint"></p>
<label for="snippet">Code à copier</label>
<textarea id="snippet" readonly aria-describedby="snippet-notice"></textarea>
<p id="snippet-notice" class="notice" role="status" aria-live="polite"></p>
<button type="button" id="copy">Copier le code</button>
<p id="copy-status" class="hint" role="status" aria-live="polite"></p>
</fieldset>
</form>
<section aria-labelledby="preview-title">
<h2 id="preview-title">Aperçu</h2>
<div class="preview" id="preview" aria-describedby="preview-help"></div>
<p id="preview-help" class="hint">L’aperçu montre le widget tel que vos lecteurs le verront ; dans WordPress, il est dans un cadre que WordPress ajuste.</p>
</section>
</div>
</main>
</body>
</html>
`

/** GET /embed: the snippet builder, a static page of the hub driven by /embed/v1/builder.js. */
export const builderEndpoint: Endpoint = {
  path: '/embed/builder',
  method: 'get',
  custom: { publicPath: '/embed', parameters: [] } satisfies PublicEndpointCustom,
  handler: async () =>
    publicAnswer(page, 'text/html; charset=utf-8', {
      tags: ['embed'],
      browserMaxAge: 300,
      headers: { 'Content-Security-Policy': contentSecurityPolicy },
    }),
}
