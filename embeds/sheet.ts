import { css, html, nothing, type PropertyValues } from 'lit'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import { fetchWidgetData } from './runtime/hub'
import { formatDate, type Texts } from './runtime/i18n'

type SheetData = WidgetResponse<'sheet'>
type Sheet = Extract<SheetData, { sheet: unknown }>['sheet']

/** Links of a section shown at once (services, sources); the sheet's page has them all. */
const shownLinks = 2
/** Height of the part of a sheet's body shown in place, in CSS pixels: what a host's frame always has room for. */
const bodyRoom = 560

/**
 * <relais-sheet slug="..."> one practical sheet, or <relais-sheet theme="..."> the sheets of a
 * theme. A sheet shows its summary, services and sources; its body replaces them on demand, as
 * much as fits, and its page on the hub has the rest.
 *
 * @csspart list - A theme's list of sheets.
 * @csspart item - One sheet in a theme's list.
 * @csspart button - A sheet's title in a theme's list (opening it), and "read it here" (its body in place).
 * @csspart sheet - A sheet (an `<article>`).
 * @csspart body - The sheet's body, read in place.
 * @csspart link - "Read on the hub", and "more" below a section's first links.
 */
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
      .body > .cut {
        max-height: ${bodyRoom}px;
        overflow: hidden;
      }
      .lead {
        --_lines: 4;
        font-weight: 700;
      }
      .section {
        margin-top: 1em;
      }
      .links {
        padding-left: 1.2em;
        list-style: disc;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
      }
      .item .subheading {
        margin: 0;
      }
      .item p {
        margin: 0.15em 0 0;
      }
    `,
  ]
  static override properties = { ...RelaisElement.properties, opened: { state: true }, reading: { state: true } }
  /** A sheet opened from a theme list, shown in place of the list. */
  declare opened: Sheet | null
  /** The sheet's body, in place of its summary. */
  declare reading: boolean
  private listScroll?: string
  protected readonly widget = 'sheet' as const
  static override queryAttributes = parameters<'sheet'>({ slug: true, theme: true, limit: true })
  protected readonly officialSite = 'service-public' as const
  private readonly resized = new ResizeObserver(() => this.fitBody())
  private fittedWidth = 0

  constructor() {
    super()
    this.opened = null
    this.reading = false
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.resized.disconnect()
  }

  protected override widgetTitle(): string {
    const { load } = this
    if (load.status === 'ready') return 'theme' in load.data ? load.data.theme : load.data.sheet.title
    return super.widgetTitle()
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
    this.reading = false
    this.opened = result.data.sheet
    await this.moveFocus('#opened')
  }

  private async close(): Promise<void> {
    this.opened = null
    this.reading = false
    await this.moveFocus(`[data-slug="${this.listScroll}"]`)
  }

  private async read(reading: boolean): Promise<void> {
    this.reading = reading
    await this.moveFocus(reading ? '#sheet-body' : '#read-here')
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed)
    const body = this.renderRoot.querySelector<HTMLElement>('.body')
    this.fittedWidth = 0
    this.resized.disconnect()
    if (body) {
      this.resized.observe(body)
      this.fitBody()
    }
  }

  /**
   * Shows the body's first blocks, as many as fit in `bodyRoom` (a first block taller than that
   * is cut), and hides the others: the link under it leads to the whole sheet. Measured at the
   * width the widget has, again when it changes.
   */
  private fitBody(): void {
    const body = this.renderRoot.querySelector<HTMLElement>('.body')
    if (!body || body.clientWidth === this.fittedWidth) return
    this.fittedWidth = body.clientWidth
    const blocks = [...body.children] as HTMLElement[]
    for (const block of blocks) {
      block.hidden = false
      block.classList.remove('cut')
    }
    const top = body.getBoundingClientRect().top
    let full = false
    for (const [index, block] of blocks.entries()) {
      full ||= block.getBoundingClientRect().bottom - top > bodyRoom
      if (full && index > 0) block.hidden = true
      else if (full) block.classList.add('cut')
    }
  }

  /** A few links of a list, and the sheet's page for the others. */
  private links(items: { url: string; page: string; text: string }[], sheet: Sheet, t: Texts) {
    return html`<ul class="links">
      ${items.slice(0, shownLinks).map((item) => html`<li>${this.officialLink(item.url, item.page, item.text)}</li>`)}
      ${
        items.length > shownLinks
          ? html`<li>
              <a href=${sheet.page} target="_blank" rel="noopener" part="link"
                >${t.more(items.length - shownLinks)}<span class="visually-hidden"> : ${sheet.title}</span></a
              >
            </li>`
          : nothing
      }
    </ul>`
  }

  private renderSheet(sheet: Sheet, t: Texts, offset: number) {
    const readOnHub = html`<a href=${sheet.page} target="_blank" rel="noopener" part="link"
      >${t.readOnHub}<span class="visually-hidden"> : ${sheet.title}</span></a
    >`
    if (this.reading) {
      return html`${this.backButton(t.backToSummary, () => void this.read(false))}
        <article part="sheet">
          ${offset ? this.heading(sheet.title, offset) : nothing}
          <div class="body" part="body" id="sheet-body" tabindex="-1" data-relais-page=${sheet.page}>${unsafeHTML(sheet.body)}</div>
          <p class="see-all">${readOnHub}</p>
        </article>`
    }
    return html`<article part="sheet">
      ${offset ? this.heading(sheet.title, offset, 'opened') : nothing}
      <p class="muted">${t.updated} <time datetime=${sheet.updatedAt}>${formatDate(sheet.updatedAt, this.lang_)}</time></p>
      <p class="lead clamp">${sheet.summary}</p>
      <p class="actions">
        <button type="button" class="secondary" part="button" id="read-here" @click=${() => void this.read(true)}>${t.showBody}</button>
        ${readOnHub}
      </p>
      ${
        sheet.services.length
          ? html`<div class="section">
              ${this.heading(t.services, offset + 1)}
              ${this.links(
                sheet.services.map((s) => ({ url: s.url, page: s.page, text: s.name })),
                sheet,
                t,
              )}
            </div>`
          : nothing
      }
      ${
        sheet.sources.length
          ? html`<div class="section">
              ${this.heading(t.sources, offset + 1)}
              ${this.links(
                sheet.sources.map((s) => ({ url: s.url, page: sheet.page, text: s.title })),
                sheet,
                t,
              )}
            </div>`
          : nothing
      }
    </article>`
  }

  protected renderData(data: SheetData, t: Texts) {
    if ('sheet' in data) return this.renderSheet(data.sheet, t, 0)
    if (this.opened) {
      return html`${this.reading ? nothing : this.backButton(t.backToList, () => void this.close())} ${this.renderSheet(this.opened, t, 1)}`
    }
    return html`<ul part="list">
      ${data.items.map(
        (item) =>
          html`<li class="item" part="item">
            ${this.heading(
              html`<button type="button" class="inline" part="button" data-slug=${item.slug} @click=${() => void this.open(item.slug)}>
                ${item.title}
              </button>`,
              1,
            )}
            <p class="muted">${t.updated} <time datetime=${item.updatedAt}>${formatDate(item.updatedAt, this.lang_)}</time></p>
          </li>`,
      )}
    </ul>`
  }
}

if (!customElements.get('relais-sheet')) customElements.define('relais-sheet', RelaisSheet)
