import { css, html, nothing } from 'lit'

import { RelaisElement } from './runtime/element'
import type { Texts } from './runtime/i18n'

type ServicesData = {
  categories: { value: string; label: string }[]
  audiences: { value: string; label: string }[]
  items: {
    slug: string
    name: string
    acronym: string | null
    summary: string
    audience: string | null
    audiences: string[]
    url: string
    category: string
    categoryLabel: string | null
    planned: boolean
    local: boolean
    channels: { kind: string | null; target: string | null; phone: boolean; availability: string | null; note: string | null }[]
  }[]
}

/** <relais-services commune="35238" category="report">: the online services usable in the commune's department. */
export class RelaisServices extends RelaisElement<ServicesData> {
  static override styles = [
    ...RelaisElement.styles,
    css`
      .filter { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0 0 0.75em; }
      .channels { margin: 0.4em 0 0; padding-left: 1.1em; list-style: disc; }
      .channels li { margin: 0.15em 0; }
      .for { margin: 0.3em 0 0; }
    `,
  ]
  static override properties = { ...RelaisElement.properties, selected: { state: true }, forWhom: { state: true } }
  declare selected: string
  declare forWhom: string
  protected readonly widget = 'services'
  protected readonly queryAttributes = ['commune', 'department', 'category', 'audience', 'limit']
  protected readonly officialSite = { url: 'https://www.masecurite.interieur.gouv.fr', name: 'masecurite.interieur.gouv.fr' }

  constructor() {
    super()
    this.selected = ''
    this.forWhom = ''
  }

  protected widgetTitle(): string {
    return this.lang_ === 'en' ? 'Online services' : 'Démarches en ligne'
  }

  protected announce(data: ServicesData, t: Texts): string {
    return t.loaded(this.visible(data).length)
  }

  private visible(data: ServicesData) {
    return data.items.filter(
      (s) =>
        (!this.selected || s.category === this.selected) &&
        (!this.forWhom || s.audiences.includes(this.forWhom) || s.audiences.includes('everyone')),
    )
  }

  protected renderData(data: ServicesData, t: Texts) {
    const present = new Set(data.items.map((s) => s.category))
    const categories = data.categories.filter((c) => present.has(c.value))
    const audiences = data.audiences.filter((a) => a.value !== 'everyone' && data.items.some((s) => s.audiences.includes(a.value)))
    const items = this.visible(data)
    return html`
      <div class="filter">
        ${!this.getAttribute('category') && categories.length > 1
          ? html`<label for="category">${t.category}</label>
              <select id="category" part="select" @change=${(e: Event) => (this.selected = (e.target as HTMLSelectElement).value)}>
                <option value="">${t.allCategories}</option>
                ${categories.map((c) => html`<option value=${c.value} ?selected=${c.value === this.selected}>${c.label}</option>`)}
              </select>`
          : nothing}
        ${!this.getAttribute('audience') && audiences.length > 1
          ? html`<label for="audience">${t.audience}</label>
              <select id="audience" part="select" @change=${(e: Event) => (this.forWhom = (e.target as HTMLSelectElement).value)}>
                <option value="">${t.allAudiences}</option>
                ${audiences.map((a) => html`<option value=${a.value} ?selected=${a.value === this.forWhom}>${a.label}</option>`)}
              </select>`
          : nothing}
      </div>
      ${items.length === 0
        ? html`<p>${t.noServices}</p>`
        : html`<ul part="list">
            ${items.map(
              (service) => html`<li class="item" part="item">
                ${this.heading(service.name, 1)}
                <p class="muted">
                  ${service.categoryLabel ? html`<span class="badge" part="badge">${service.categoryLabel}</span>` : nothing}
                  ${service.planned ? html`<span class="badge" part="badge">${t.planned}</span>` : nothing}
                  ${service.local ? html`<span class="badge" part="badge">${t.local}</span>` : nothing}
                </p>
                <p>${service.summary}</p>
                ${service.audience ? html`<p class="for muted">${service.audience}</p>` : nothing}
                <p><a href=${service.url} target="_blank" rel="noopener" part="link">${service.acronym ?? service.name}<span class="visually-hidden"> (${service.name})</span></a></p>
                ${service.channels.length
                  ? html`<ul class="channels" aria-label=${`${t.channels} : ${service.acronym ?? service.name}`}>
                      ${service.channels.map(
                        (channel) => html`<li>
                          ${channel.phone && channel.target
                            ? html`<a href=${`tel:${channel.target.replace(/[^+\d]/g, '')}`} part="link">${channel.kind} ${channel.target}</a>`
                            : html`<strong>${channel.kind}</strong>`}
                          ${channel.availability ? html` · ${channel.availability}` : nothing}${channel.note ? html` · <span class="muted">${channel.note}</span>` : nothing}
                        </li>`,
                      )}
                    </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    `
  }
}

if (!customElements.get('relais-services')) customElements.define('relais-services', RelaisServices)
