import { css, html, nothing } from 'lit'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import type { Texts } from './runtime/i18n'

type ServicesData = WidgetResponse<'services'>
type Service = ServicesData['items'][number]

/** Services shown at once in a category: the widget stays within its host's room; the others a page further. */
const pageSize = 3

/**
 * <relais-services commune="35238" category="report">: the online services usable in the
 * commune's department, by category: the list of categories, and a category's services in its
 * place, a few at a time, so that the widget stays short whatever the number of services.
 *
 * @csspart select - The audience filter.
 * @csspart list - The list of categories, and a category's services.
 * @csspart button - A category (opening its services), and the previous and next pages of a category.
 * @csspart item - One service.
 * @csspart link - A service's name, a link to its page on the hub.
 * @csspart badge - "Planned" on a service not open yet, "local" on one offered in the department only.
 */
export class RelaisServices extends RelaisElement<'services'> {
  static override styles = [
    ...RelaisElement.styles,
    css`
      .filter {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 0.5em;
        align-items: center;
        margin: 0 0 0.75em;
      }
      .filter select {
        min-width: 0;
        flex: 1 1 12em;
      }
      .categories {
        display: grid;
        gap: 0.4em;
      }
      .categories button {
        width: 100%;
        display: flex;
        justify-content: space-between;
        gap: 0.5em;
      }
      .item p {
        margin: 0.2em 0 0;
      }
      .summary {
        --_lines: 2;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        margin: 0.5em 0 0;
      }
    `,
  ]
  static override properties = { ...RelaisElement.properties, forWhom: { state: true }, category: { state: true }, page: { state: true } }
  declare forWhom: string
  /** The category whose services replace the list of categories. */
  declare category: string | null
  declare page: number
  protected readonly widget = 'services' as const
  static override queryAttributes = parameters<'services'>({ commune: true, department: true, category: true, audience: true, limit: true })
  protected readonly officialSite = 'masecurite' as const

  constructor() {
    super()
    this.forWhom = ''
    this.category = null
    this.page = 0
  }

  protected announce(data: ServicesData, t: Texts): string {
    return t.loaded(this.visible(data).length)
  }

  private visible(data: ServicesData): Service[] {
    return data.items.filter((s) => !this.forWhom || s.audiences.some((audience) => audience === this.forWhom || audience === 'everyone'))
  }

  /** Views replace each other; the focus goes where the new one starts. */
  private async show(category: string | null, page: number, focus: string): Promise<void> {
    this.category = category
    this.page = page
    await this.moveFocus(focus)
  }

  private renderService(service: Service, t: Texts) {
    const phones = service.channels.filter((channel) => channel.call && channel.target)
    return html`<li class="item" part="item">
      ${this.heading(html`<a href=${service.page} target="_blank" rel="noopener" part="link">${service.name}</a>`, 2)}
      ${
        service.planned || service.local
          ? html`<p class="muted">
              ${service.planned ? html`<span class="badge" part="badge">${t.planned}</span>` : nothing}
              ${service.local ? html`<span class="badge" part="badge">${t.local}</span>` : nothing}
            </p>`
          : nothing
      }
      <p class="summary clamp">${service.summary}</p>
      <p>${this.officialLink(service.url, service.page, html`${t.open}<span class="visually-hidden"> : ${service.name}</span>`)}</p>
      ${phones.map(
        (channel) =>
          html`<p>
            ${channel.kind} :
            ${this.phone(channel.target!, service.page, t, channel.call!)}${channel.availability ? html` · ${channel.availability}` : nothing}
          </p>`,
      )}
    </li>`
  }

  private renderCategory(label: string, items: Service[], only: boolean, t: Texts) {
    const pages = Math.ceil(items.length / pageSize)
    const page = Math.min(this.page, pages - 1)
    const shown = items.slice(page * pageSize, (page + 1) * pageSize)
    const go = (to: number) => void this.show(this.category, to, '[part=item] a')
    return html`${only ? nothing : this.backButton(t.allCategories, () => void this.show(null, 0, `[data-category="${this.category}"]`))}
      ${this.heading(`${label} (${items.length})`, 1, 'opened')}
      <ul part="list">
        ${shown.map((service) => this.renderService(service, t))}
      </ul>
      ${
        pages > 1
          ? html`<div class="pager">
              <span class="muted">${t.range(page * pageSize + 1, page * pageSize + shown.length, items.length)}</span>
              ${page > 0 ? html`<button type="button" class="secondary" part="button" @click=${() => go(page - 1)}>← ${t.previous}</button>` : nothing}
              ${page < pages - 1 ? html`<button type="button" class="secondary" part="button" @click=${() => go(page + 1)}>${t.next} →</button>` : nothing}
            </div>`
          : nothing
      }`
  }

  protected renderData(data: ServicesData, t: Texts) {
    const audiences = data.audiences.filter(
      (a) => a.value !== 'everyone' && data.items.some((s) => s.audiences.some((audience) => audience === a.value)),
    )
    const items = this.visible(data)
    const groups = data.categories
      .map((category) => ({ category, items: items.filter((s) => s.category === category.value) }))
      .filter((g) => g.items.length)
    // One category asked for by the host: its services are the whole widget.
    const only = groups.length === 1
    const opened = only ? groups[0] : groups.find((g) => g.category.value === this.category)
    return html`
      ${
        !opened && !this.getAttribute('audience') && audiences.length > 1
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
        opened
          ? this.renderCategory(opened.category.label, opened.items, only, t)
          : groups.length === 0
            ? html`<p>${t.noServices}</p>`
            : html`<ul class="categories" part="list">
                ${groups.map(
                  ({ category, items: inGroup }) =>
                    html`<li>
                      <button
                        type="button"
                        class="secondary"
                        part="button"
                        data-category=${category.value}
                        @click=${() => void this.show(category.value, 0, '#opened')}
                      >
                        <span>${category.label} (${inGroup.length})</span><span aria-hidden="true">›</span>
                      </button>
                    </li>`,
                )}
              </ul>`
      }
      ${this.seeAll(data.seeAll, t.seeAllServices)}
    `
  }
}

if (!customElements.get('relais-services')) customElements.define('relais-services', RelaisServices)
