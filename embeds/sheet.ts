import { css, html, nothing } from 'lit'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import { fetchWidgetData } from './runtime/hub'
import { formatDate, type Texts } from './runtime/i18n'

type SheetData = WidgetResponse<'sheet'>
type Sheet = Extract<SheetData, { sheet: unknown }>['sheet']

/** <relais-sheet slug="..."> one practical sheet, or <relais-sheet theme="..."> the sheets of a theme. */
export class RelaisSheet extends RelaisElement<'sheet'> {
  static override styles = [
    ...RelaisElement.styles,
    css`
      .body :is(ul, ol) {
        margin: 0 0 0.6em;
        padding-left: 1.3em;
        list-style: disc;
      }
      .body ol {
        list-style: decimal;
      }
      .body li {
        margin: 0.2em 0;
      }
      .section {
        margin-top: 1em;
      }
      .links {
        padding-left: 1.2em;
        list-style: disc;
      }
      .back {
        margin: 0 0 0.75em;
      }
    `,
  ]
  static override properties = { ...RelaisElement.properties, opened: { state: true } }
  /** A sheet opened from a theme list, shown in place of the list. */
  declare opened: Sheet | null
  private listScroll?: string
  protected readonly widget = 'sheet' as const
  static override queryAttributes = parameters<'sheet'>({ slug: true, theme: true, limit: true })
  protected readonly officialSite = { url: 'https://www.service-public.fr', name: 'service-public.fr' }

  constructor() {
    super()
    this.opened = null
  }

  protected widgetTitle(): string {
    const { load } = this
    if (load.status === 'ready') return 'theme' in load.data ? load.data.theme : load.data.sheet.title
    return this.lang_ === 'en' ? 'Practical sheet' : 'Fiche pratique'
  }

  protected announce(data: SheetData, t: Texts): string {
    if (this.opened) return this.opened.title
    return 'sheet' in data ? data.sheet.title : t.loaded(data.items.length)
  }

  private async open(slug: string): Promise<void> {
    const query = new URLSearchParams({ slug, lang: this.lang_ })
    const result = await fetchWidgetData<{ sheet: Sheet }>('sheet', query, new AbortController().signal)
    if (!result.ok) return
    this.listScroll = slug
    this.opened = result.data.sheet
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#opened')?.focus()
  }

  private async close(): Promise<void> {
    const slug = this.listScroll
    this.opened = null
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(`[data-slug="${slug}"]`)?.focus()
  }

  private renderSheet(sheet: Sheet, t: Texts, offset: number, id?: string) {
    return html`<article part="sheet">
      ${offset ? this.heading(sheet.title, offset, id) : nothing}
      <p class="muted">${t.updated} <time datetime=${sheet.updatedAt}>${formatDate(sheet.updatedAt, this.lang_)}</time></p>
      <p><strong>${sheet.summary}</strong></p>
      <details class="group" part="body">
        <summary>${t.showBody}</summary>
        <div class="body">${unsafeHTML(sheet.body)}</div>
      </details>
      <p class="see-all">
        <a href=${sheet.page} target="_blank" rel="noopener" part="link">${t.readOnHub}<span class="visually-hidden"> : ${sheet.title}</span></a>
      </p>
      ${
        sheet.services.length
          ? html`<div class="section">
              ${this.heading(t.services, offset + 1)}
              <ul class="links">
                ${sheet.services.map((s) => html`<li>${this.officialLink(s.url, s.page, s.name)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        sheet.sources.length
          ? html`<div class="section">
              ${this.heading(t.sources, offset + 1)}
              <ul class="links">
                ${sheet.sources.map((s) => html`<li><a href=${s.url} target="_blank" rel="noopener" part="link">${s.title}</a></li>`)}
              </ul>
            </div>`
          : nothing
      }
    </article>`
  }

  protected renderData(data: SheetData, t: Texts) {
    if ('sheet' in data) return this.renderSheet(data.sheet, t, 0)
    if (this.opened) {
      return html`<p class="back"><button type="button" class="secondary" part="button" @click=${() => this.close()}>← ${t.backToList}</button></p>
        ${this.renderSheet(this.opened, t, 1, 'opened')}`
    }
    return html`<ul part="list">
      ${data.items.map(
        (item) =>
          html`<li class="item" part="item">
            ${this.heading(item.title, 1)}
            <p class="muted">${t.updated} <time datetime=${item.updatedAt}>${formatDate(item.updatedAt, this.lang_)}</time></p>
            <button type="button" class="secondary" part="button" data-slug=${item.slug} @click=${() => this.open(item.slug)}>
              ${t.readSheet}<span class="visually-hidden"> : ${item.title}</span>
            </button>
          </li>`,
      )}
    </ul>`
  }
}

if (!customElements.get('relais-sheet')) customElements.define('relais-sheet', RelaisSheet)
