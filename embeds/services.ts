import { css, html, nothing } from 'lit'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import type { Texts } from './runtime/i18n'

type ServicesData = WidgetResponse<'services'>
type Service = ServicesData['items'][number]

/**
 * <relais-services commune="35238" category="report">: the online services usable in the
 * commune's department, grouped by category in sections the reader opens, so that the widget
 * stays a few lines tall on the host's page whatever the number of services.
 */
export class RelaisServices extends RelaisElement<'services'> {
  static override styles = [
    ...RelaisElement.styles,
    css`
      .filter {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        margin: 0 0 0.75em;
      }
      .channels {
        margin: 0.4em 0 0;
        padding-left: 1.1em;
        list-style: disc;
      }
      .channels li {
        margin: 0.15em 0;
      }
      .for {
        margin: 0.3em 0 0;
      }
    `,
  ]
  static override properties = { ...RelaisElement.properties, forWhom: { state: true } }
  declare forWhom: string
  protected readonly widget = 'services' as const
  static override queryAttributes = parameters<'services'>({ commune: true, department: true, category: true, audience: true, limit: true })
  protected readonly officialSite = { url: 'https://www.masecurite.interieur.gouv.fr', name: 'masecurite.interieur.gouv.fr' }

  constructor() {
    super()
    this.forWhom = ''
  }

  protected widgetTitle(): string {
    return this.lang_ === 'en' ? 'Online services' : 'Démarches en ligne'
  }

  protected announce(data: ServicesData, t: Texts): string {
    return t.loaded(this.visible(data).length)
  }

  private visible(data: ServicesData): Service[] {
    return data.items.filter((s) => !this.forWhom || s.audiences.some((audience) => audience === this.forWhom || audience === 'everyone'))
  }

  private renderService(service: Service, t: Texts) {
    return html`<li class="item" part="item">
      ${this.heading(html`<a href=${service.page} target="_blank" rel="noopener" part="link">${service.name}</a>`, 2)}
      <p class="muted">
        ${service.planned ? html`<span class="badge" part="badge">${t.planned}</span>` : nothing}
        ${service.local ? html`<span class="badge" part="badge">${t.local}</span>` : nothing}
      </p>
      <p>${service.summary}</p>
      ${service.audience ? html`<p class="for muted">${service.audience}</p>` : nothing}
      <p>${this.officialLink(service.url, service.page, html`${t.open}<span class="visually-hidden"> : ${service.name}</span>`)}</p>
      ${
        service.channels.length
          ? html`<ul class="channels" aria-label=${`${t.channels} : ${service.acronym ?? service.name}`}>
              ${service.channels.map(
                (channel) =>
                  html`<li>
                    <strong>${channel.kind}</strong>
                    ${channel.phone && channel.target ? html` ${this.phone(channel.target, t)}` : nothing}
                    ${channel.availability ? html` · ${channel.availability}` : nothing}${channel.note ? html` · <span class="muted">${channel.note}</span>` : nothing}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </li>`
  }

  protected renderData(data: ServicesData, t: Texts) {
    const audiences = data.audiences.filter(
      (a) => a.value !== 'everyone' && data.items.some((s) => s.audiences.some((audience) => audience === a.value)),
    )
    const items = this.visible(data)
    const groups = data.categories
      .map((category) => ({ category, items: items.filter((s) => s.category === category.value) }))
      .filter((g) => g.items.length)
    // One category asked for by the host: its services are the whole widget, shown at once.
    const open = groups.length === 1
    return html`
      ${
        !this.getAttribute('audience') && audiences.length > 1
          ? html`<div class="filter">
              <label for="audience">${t.audience}</label>
              <select id="audience" part="select" @change=${(e: Event) => (this.forWhom = (e.target as HTMLSelectElement).value)}>
                <option value="">${t.allAudiences}</option>
                ${audiences.map((a) => html`<option value=${a.value} ?selected=${a.value === this.forWhom}>${a.label}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${
        groups.length === 0
          ? html`<p>${t.noServices}</p>`
          : groups.map(
              ({ category, items: inGroup }) =>
                html`<details class="group" part="group" ?open=${open}>
                  <summary>${this.heading(`${category.label} (${inGroup.length})`, 1)}</summary>
                  <ul part="list">
                    ${inGroup.map((service) => this.renderService(service, t))}
                  </ul>
                </details>`,
            )
      }
      ${this.seeAll(data.seeAll, t.seeAllServices)}
    `
  }
}

if (!customElements.get('relais-services')) customElements.define('relais-services', RelaisServices)
