import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit'

import type { WidgetName, WidgetParameter, WidgetResponse } from '../../plugins/embeds/contract'
import { type emergencyPage, officialPagePath, type OfficialSite, officialSites, widgetInfo } from '../../plugins/embeds/catalogue'
import { fetchWidgetData, hubBase } from './hub'
import { langOf, textsFor, type Lang, type Texts } from './i18n'
import { baseStyles } from './styles'

/**
 * Every parameter of a widget but lang (the element's language), each once: a parameter added to
 * the contract fails the widget's type check until the widget sends it.
 */
export const parameters = <W extends WidgetName>(names: Record<Exclude<WidgetParameter<W>, 'lang'>, true>): string[] => Object.keys(names)

type Load<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; kind: 'config' | 'unavailable'; message: string }

/**
 * What every Relais widget shares: its data request built from its attributes, loading and
 * error states announced in a live region, a readable fallback linking to the official site,
 * a heading level chosen by the host, French or English.
 *
 * Its parts and custom properties are every widget's: docs/widget-styling.md is generated from
 * these tags and each widget's (`npm run docs:widgets`).
 *
 * @csspart container - The widget's box (a `<section>`): border, background, padding.
 * @csspart heading - The widget's title.
 * @csspart subheading - A title inside the widget: an item's, a view's, a section's.
 * @csspart status - The loading or error message, announced to screen readers; visually hidden once the data is shown.
 * @csspart fallback - What shows when the hub cannot answer or a parameter is wrong: a message and a link to the official site.
 * @csspart link - A link drawn by every widget alike: "see all" below a list, an official service, the call link beside a phone number.
 * @csspart button - The "back" button of a view that replaced another (sheet, units, orienteer).
 * @csspart phone - A phone number, selected whole in one click (services, units).
 *
 * @cssproperty [--relais-accent=#00358e] - Links and buttons. Dark palette: `#a9c2ff`, and this property only with `appearance="dark"` (on a dark system with `appearance="auto"`, `--relais-accent-dark`).
 * @cssproperty [--relais-accent-dark=#a9c2ff] - The accent of the dark palette (`appearance="dark"`, or `auto` on a dark system): no colour is legible at 4.5:1 on both backgrounds.
 * @cssproperty [--relais-on-accent=#ffffff] - Text on buttons. Dark palette: `#0b1a3a`.
 * @cssproperty [--relais-background=#ffffff] - The widget's background and the fields'. Dark palette: `#17181c`.
 * @cssproperty [--relais-surface=#f4f5f8] - Boxes inside the widget: the fallback message, the placeholders while loading, behind images. Dark palette: `#24262c`.
 * @cssproperty [--relais-text=#1e1e1e] - Text. Dark palette: `#f2f2f2`.
 * @cssproperty [--relais-muted=#4f4f4f] - Secondary text (dates, help, the loading message) and the fields' borders. Dark palette: `#c5c7cc`.
 * @cssproperty [--relais-border=#c4c7cc] - The widget's border and the lines between items. Dark palette: `#4a4d55`.
 * @cssproperty [--relais-open=#136b34] - The units' "open now" badge. Dark palette: `#6fdc8c`.
 * @cssproperty [--relais-closed=#a1331c] - The units' "closed" badge. Dark palette: `#ffa48f`.
 * @cssproperty [--relais-urgent=#a1141c] - The orienteer's emergency box. Dark palette: `#ff9d9d`.
 * @cssproperty [--relais-focus=#0a76f6] - The focus ring. Dark palette: `#8ab4ff`.
 * @cssproperty [--relais-radius=0.5rem] - Corner radius of the widget; buttons, fields and images take three quarters of it.
 * @cssproperty [--relais-space=1rem] - The widget's padding; the space between items follows it.
 * @cssproperty [--relais-font-size=medium] - The widget's base font size (the reader's default); everything inside is relative to it.
 * @cssproperty [--relais-min-height=14rem] - Height reserved before the data arrives, so that the host's page does not jump.
 */
export abstract class RelaisElement<W extends WidgetName> extends LitElement {
  static styles = [baseStyles]
  static properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    langAttribute: { type: String, attribute: 'lang' },
    load: { state: true },
  }
  declare headingLevel: number | undefined
  declare langAttribute: string | undefined
  declare protected load: Load<WidgetResponse<W>>

  /** Attributes sent as query parameters (see `parameters`); a change reloads the data. */
  static queryAttributes: string[] = []

  /** Name of the data endpoint (/embed/v1/data/<widget>). */
  protected abstract readonly widget: W
  /** Where readers go when the hub cannot answer, and where a link with no page of the hub leads in a sandbox. */
  protected abstract readonly officialSite: OfficialSite
  protected abstract renderData(data: WidgetResponse<W>, t: Texts): TemplateResult | typeof nothing
  /** Announced when data arrives (number of items), or a sentence. */
  protected abstract announce(data: WidgetResponse<W>, t: Texts): string

  /** The widget's heading: its title in the catalogue, unless the widget names what it shows. */
  protected widgetTitle(): string {
    return widgetInfo[this.widget].title[this.lang_]
  }

  private controller?: AbortController

  constructor() {
    super()
    this.load = { status: 'loading' }
  }

  protected get lang_(): Lang {
    return langOf(this)
  }

  protected get t(): Texts {
    return textsFor(this.lang_)
  }

  /** Heading level for the widget's title; sub-headings are one below (at most 6). */
  protected level(offset = 0): number {
    const level = Number.isInteger(this.headingLevel) ? Number(this.headingLevel) : 2
    return Math.min(6, Math.max(1, level) + offset)
  }

  protected query(): URLSearchParams {
    const query = new URLSearchParams()
    for (const name of (this.constructor as typeof RelaisElement).queryAttributes) {
      const value = this.getAttribute(name)
      if (value !== null && value !== '') query.set(name, value)
    }
    query.set('lang', this.lang_)
    // An editor's preview frame on the hub (frame pages with ?preview=1): drafts, with their session.
    if (this.hasAttribute('preview')) query.set('preview', '1')
    return query
  }

  private lastQuery = ''

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    const query = this.query().toString()
    if (query !== this.lastQuery) {
      this.lastQuery = query
      void this.fetchData()
    }
  }

  static get observedAttributes(): string[] {
    return [...super.observedAttributes, ...this.queryAttributes]
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value)
    if (old !== value) this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.controller?.abort()
    this.lastQuery = ''
  }

  protected async fetchData(query: URLSearchParams = this.query()): Promise<void> {
    this.controller?.abort()
    const controller = (this.controller = new AbortController())
    this.load = { status: 'loading' }
    const result = await fetchWidgetData<WidgetResponse<W>>(this.widget, query, controller.signal)
    if (controller.signal.aborted) return
    this.load = result.ok ? { status: 'ready', data: result.data } : { status: 'error', kind: result.kind, message: result.message }
  }

  protected heading(text: string | TemplateResult, offset = 0, id?: string): TemplateResult {
    return html`<div
      role="heading"
      aria-level=${this.level(offset)}
      class=${offset ? 'subheading' : 'heading'}
      part=${offset ? 'subheading' : 'heading'}
      id=${id ?? nothing}
      tabindex=${id ? '-1' : nothing}
    >
      ${text}
    </div>`
  }

  /** The hub's page leading on to an official site or to the emergency numbers (see plugins/embeds/catalogue.ts). */
  protected officialPage(key: OfficialSite | typeof emergencyPage): string {
    return new URL(officialPagePath(key, this.lang_), hubBase).href
  }

  protected fallback(t: Texts): TemplateResult {
    const { load } = this
    const site = officialSites[this.officialSite]
    return html`<div class="fallback" part="fallback">
      <p>${load.status === 'error' && load.kind === 'config' ? html`${t.badConfig} <code>${load.message}</code>` : t.unavailable}</p>
      <p><a href=${site.url} target="_blank" rel="noopener">${t.visit}${t.colon}${site.name}</a></p>
    </div>`
  }

  /** Once the next rendering is done, the focus to where a new view starts (a reader of a screen follows). */
  protected async moveFocus(selector: string): Promise<void> {
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus()
  }

  /** Back to the view this one replaced: views replace each other, so the widget never grows past its host's room. */
  protected backButton(label: string, back: () => void): TemplateResult {
    return html`<p class="back"><button type="button" class="secondary" part="button" @click=${back}>← ${label}</button></p>`
  }

  /**
   * A link to the hub's page of the whole list (the commune's page), below a list that shows a
   * few items: widgets stay short on the host's page.
   */
  protected seeAll(url: string | null | undefined, label: string): TemplateResult | typeof nothing {
    return url ? html`<p class="see-all"><a href=${url} target="_blank" rel="noopener" part="link">${label}</a></p>` : nothing
  }

  /**
   * A link off the hub (an official service), with the hub's page for the same item: inside a
   * sandboxed frame that may not open other sites, the frame's script leads there instead.
   */
  protected officialLink(url: string, page: string | null | undefined, text: TemplateResult | string): TemplateResult {
    return html`<a href=${url} target="_blank" rel="noopener" part="link" data-relais-page=${page ?? nothing}>${text}</a>`
  }

  /**
   * A phone number readers can read and copy where their device cannot call (a desktop), and a
   * link to call it; `page` is the hub's page showing the same number, where a sandbox that may
   * not call (WordPress's) leads instead.
   */
  protected phone(number: string, page: string, t: Texts, scheme: 'tel' | 'sms' = 'tel'): TemplateResult {
    return html`<span class="phone" part="phone">${number}</span>
      <a href=${`${scheme}:${number.replace(/[^+\d]/g, '')}`} part="link" data-relais-page=${page}
        >${scheme === 'sms' ? t.text : t.call}<span class="visually-hidden"> ${number}</span></a
      >`
  }

  protected skeleton(): TemplateResult {
    return html`<div aria-hidden="true"><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span></div>`
  }

  protected override render(): TemplateResult {
    const t = this.t
    const { load } = this
    const status = load.status === 'loading' ? t.loading : load.status === 'error' ? t.unavailable : this.announce(load.data, t)
    // A link to another site with no page of the hub of its own leads to the official site's page.
    return html`<section
      class="root"
      part="container"
      lang=${this.lang_}
      aria-busy=${load.status === 'loading' ? 'true' : 'false'}
      data-relais-page=${this.officialPage(this.officialSite)}
    >
      ${this.heading(this.widgetTitle())}
      <p role="status" class=${load.status === 'ready' ? 'visually-hidden' : 'status'} part="status">${status}</p>
      ${load.status === 'loading' ? this.skeleton() : load.status === 'error' ? this.fallback(t) : this.renderData(load.data, t)}
    </section>`
  }
}
