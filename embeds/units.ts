import { css, html, nothing } from 'lit'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import { hubBase } from './runtime/hub'
import type { Texts } from './runtime/i18n'

type UnitsData = WidgetResponse<'units'>
type Unit = UnitsData['items'][number]

type CommuneMatch = { code: string; name: string; department: string }

/**
 * Whether this page may ask for the reader's position: not in a frame that the host did not
 * allow (`allow="geolocation"`), nor where the reader refused it for good. Browsers without a
 * way to tell are given the button; a refusal then says so.
 */
async function geolocationAllowed(): Promise<boolean> {
  if (!('geolocation' in navigator)) return false
  const policy = (document as Document & { featurePolicy?: { allowsFeature: (feature: string) => boolean } }).featurePolicy
  if (policy && !policy.allowsFeature('geolocation')) return false
  try {
    return (await navigator.permissions.query({ name: 'geolocation' })).state !== 'denied'
  } catch {
    return true
  }
}

/**
 * <relais-units commune="35238">: the units serving the commune (or the reader's position), open
 * now, hours. Short by design: each unit in a few lines, its week and details in a view that
 * replaces the list, the commune search too.
 *
 * @csspart list - The list of units.
 * @csspart item - One unit in the list.
 * @csspart button - A unit's name (opening its details), "use my position", "another commune", the commune search's button and its matches.
 * @csspart badge - Whether a unit is open now: "open", "closed" or "hours unknown".
 * @csspart open - The "open now" badge (also the `badge` part).
 * @csspart closed - The "closed" badge (also the `badge` part).
 * @csspart unit - A unit's details, in place of the list.
 * @csspart link - A unit's name in its details (its page on the hub), and its website.
 * @csspart week - The table of a unit's hours for the week.
 * @csspart search - The commune search: its field and button.
 * @csspart input - The commune search's field.
 */
export class RelaisUnits extends RelaisElement<'units'> {
  static override styles = [
    ...RelaisElement.styles,
    css`
      .open {
        color: var(--_ok);
      }
      .shut {
        color: var(--_ko);
      }
      .unknown {
        color: var(--_muted);
      }
      .item p {
        margin: 0.15em 0 0;
      }
      table {
        border-collapse: collapse;
        margin: 0.5em 0 0.75em;
        font-size: 0.95em;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.1em 0.75em 0.1em 0;
        font-weight: normal;
      }
      th {
        font-weight: 700;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        column-gap: 0.6em;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1em;
        margin: 0 0 0.75em;
      }
      .item {
        padding: 0.5em 0;
      }
      .matches {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
    `,
  ]
  static override properties = {
    ...RelaisElement.properties,
    opened: { state: true },
    searching: { state: true },
    position: { state: true },
    locating: { state: true },
    canLocate: { state: true },
    commune: { state: true },
    communeMatches: { state: true },
  }
  /** The unit whose details replace the list. */
  declare opened: number | null
  /** The commune search, in place of the list. */
  declare searching: boolean
  declare position: { lat: number; lng: number } | null
  declare locating: '' | 'busy' | 'failed'
  declare canLocate: boolean
  /** Another commune the reader looked up, in place of the host's. */
  declare commune: CommuneMatch | null
  declare communeMatches: CommuneMatch[] | null
  protected readonly widget = 'units' as const
  static override queryAttributes = parameters<'units'>({ commune: true, lat: true, lng: true, limit: true })
  protected readonly officialSite = 'annuaire' as const

  constructor() {
    super()
    this.opened = null
    this.searching = false
    this.position = null
    this.locating = ''
    this.canLocate = false
    this.commune = null
    this.communeMatches = null
  }

  override connectedCallback(): void {
    super.connectedCallback()
    void geolocationAllowed().then((allowed) => (this.canLocate = allowed))
  }

  /** Views replace each other; the focus goes where the new one starts. */
  private async show(view: { opened?: number | null; searching?: boolean }, focus: string): Promise<void> {
    this.opened = view.opened ?? null
    this.searching = view.searching ?? false
    await this.moveFocus(focus)
  }

  // No form: WordPress's sandbox (no allow-forms) blocks a submission before any script sees it.
  private async searchCommune(): Promise<void> {
    const q = this.renderRoot.querySelector<HTMLInputElement>('#commune-q')?.value.trim() ?? ''
    if (!q) return
    try {
      const response = await fetch(new URL(`communes?${new URLSearchParams({ q })}`, hubBase), { credentials: 'omit' })
      this.communeMatches = response.ok ? ((await response.json()) as { communes: CommuneMatch[] }).communes.slice(0, 5) : []
    } catch {
      this.communeMatches = []
    }
  }

  private choose(commune: CommuneMatch): void {
    this.position = null
    this.communeMatches = null
    this.commune = commune
    void this.show({}, '#other-commune')
  }

  protected override query(): URLSearchParams {
    const query = super.query()
    if (this.position) {
      query.delete('commune')
      query.set('lat', this.position.lat.toFixed(4))
      query.set('lng', this.position.lng.toFixed(4))
    } else if (this.commune) {
      // The commune the reader looked up replaces the host's place, given as a commune or a position.
      query.delete('lat')
      query.delete('lng')
      query.set('commune', this.commune.code)
    }
    return query
  }

  protected announce(data: UnitsData, t: Texts): string {
    return t.loaded(data.items.length)
  }

  private locate(): void {
    if (!navigator.geolocation) {
      this.locating = 'failed'
      return
    }
    this.locating = 'busy'
    navigator.geolocation.getCurrentPosition(
      (found) => {
        this.locating = ''
        this.opened = null
        this.position = { lat: found.coords.latitude, lng: found.coords.longitude }
      },
      () => {
        this.locating = 'failed'
      },
      { timeout: 10_000, maximumAge: 300_000 },
    )
  }

  private weekday(date: string): string {
    return new Intl.DateTimeFormat(this.locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${date}T12:00:00`))
  }

  private get locale(): string {
    return this.lang_ === 'en' ? 'en-GB' : 'fr-FR'
  }

  /** "until 18:00", "opens at 08:00", "opens on Monday 8 at 08:00": in French time, as units keep it. */
  private change(openNow: boolean | null, instant: string | null, t: Texts): string {
    if (!instant) return ''
    const at = new Date(instant)
    const zone = { timeZone: 'Europe/Paris' }
    const time = new Intl.DateTimeFormat(this.locale, { ...zone, hour: '2-digit', minute: '2-digit' }).format(at)
    if (openNow) return t.until(time)
    const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)
    const date = new Intl.DateTimeFormat(this.locale, { ...zone, weekday: 'long', day: 'numeric' }).format(at)
    return t.opensAt(t.opensNext(day(at) === day(new Date()) ? '' : date, time))
  }

  /** Open or closed now, until when, and how far. */
  private state(unit: Unit, t: Texts) {
    const badge =
      unit.openNow === null
        ? html`<span class="badge unknown" part="badge">${t.unknownHours}</span>`
        : unit.openNow
          ? html`<span class="badge open" part="badge open">${t.openNow}</span>`
          : html`<span class="badge shut" part="badge closed">${t.closedNow}</span>`
    return html`<p>${badge} ${this.change(unit.openNow, unit.nextChange, t)}</p>`
  }

  private distance(unit: Unit, t: Texts) {
    return unit.distanceKm !== null ? html` · ${t.km(unit.distanceKm)}` : nothing
  }

  private renderSearch(t: Texts) {
    const search = () => void this.searchCommune()
    return html`${this.backButton(t.backToList, () => void this.show({}, '#other-commune'))}
      <div role="search" part="search">
        <label for="commune-q">${t.communeSearch}</label>
        <div class="tools">
          <input
            id="commune-q"
            type="search"
            autocomplete="address-level2"
            enterkeyhint="search"
            part="input"
            @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && (event.preventDefault(), search())}
          />
          <button type="button" part="button" @click=${search}>${t.searchCommune}</button>
        </div>
      </div>
      <div role="status">
        ${
          this.communeMatches === null
            ? nothing
            : this.communeMatches.length === 0
              ? html`<p>${t.noCommune}</p>`
              : html`<p class="visually-hidden">${t.communesFound(this.communeMatches.length)}</p>`
        }
      </div>
      ${
        this.communeMatches?.length
          ? html`<ul class="matches" role="list">
              ${this.communeMatches.map(
                (commune) =>
                  html`<li>
                    <button type="button" class="secondary" part="button" @click=${() => this.choose(commune)}>
                      ${commune.name} (${commune.department})
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }`
  }

  private renderUnit(unit: Unit, index: number, t: Texts) {
    return html`${this.backButton(t.backToList, () => void this.show({}, `[data-index="${index}"]`))}
      <div part="unit">
        ${this.heading(html`<a href=${unit.page} target="_blank" rel="noopener" part="link">${unit.name}</a>`, 1, 'opened')}
        <p class="muted">${unit.kind}${this.distance(unit, t)}</p>
        ${this.state(unit, t)}
        <p>${unit.address}</p>
        <p class="actions">
          ${unit.phone ? html`<span>${this.phone(unit.phone, unit.page, t)}</span>` : nothing}
          ${
            unit.website
              ? html`<a href=${unit.website} target="_blank" rel="noopener" part="link" data-relais-page=${unit.page}
                  >${t.website}<span class="visually-hidden"> : ${unit.name}</span></a
                >`
              : nothing
          }
        </p>
        ${
          unit.week.length
            ? html`<table part="week">
                <caption class="visually-hidden">
                  ${t.week} : ${unit.name}
                </caption>
                <tbody>
                  ${unit.week.map(
                    (day) =>
                      html`<tr>
                        <th scope="row">${this.weekday(day.date)}</th>
                        <td>${day.hours.length ? day.hours.join(', ') : t.closed}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p>${t.unknownHours}</p>`
        }
      </div>`
  }

  protected renderData(data: UnitsData, t: Texts) {
    if (this.searching) return this.renderSearch(t)
    const opened = this.opened === null ? undefined : data.items[this.opened]
    if (opened) return this.renderUnit(opened, this.opened!, t)
    return html`
      <div class="tools">
        ${
          this.canLocate
            ? html`<button type="button" class="inline" part="button" @click=${() => this.locate()} ?disabled=${this.locating === 'busy'}>
                ${t.myPosition}
              </button>`
            : nothing
        }
        <button type="button" class="inline" part="button" id="other-commune" @click=${() => void this.show({ searching: true }, '#commune-q')}>
          ${t.otherCommune}
        </button>
        <span class="muted" role="status">${this.locating === 'busy' ? t.locating : this.locating === 'failed' ? t.noPosition : ''}</span>
      </div>
      ${
        data.items.length === 0
          ? html`<p>${t.noUnits}</p>`
          : html`<ul part="list">
              ${data.items.map(
                (unit, index) =>
                  html`<li class="item" part="item">
                    ${this.heading(
                      html`<button
                        type="button"
                        class="inline"
                        part="button"
                        data-index=${index}
                        @click=${() => void this.show({ opened: index }, '#opened')}
                      >
                        ${unit.name}<span class="visually-hidden">${t.colon}${t.hoursAndContact}</span>
                      </button>`,
                      1,
                    )}
                    ${this.state(unit, t)}
                    <p>${unit.town}${this.distance(unit, t)}</p>
                    ${unit.phone ? html`<p>${this.phone(unit.phone, unit.page, t)}</p>` : nothing}
                  </li>`,
              )}
            </ul>`
      }
      ${this.seeAll(data.seeAll, t.seeAllUnits)}
    `
  }
}

if (!customElements.get('relais-units')) customElements.define('relais-units', RelaisUnits)
