import { css, html, nothing } from 'lit'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import { hubBase } from './runtime/hub'
import type { Texts } from './runtime/i18n'

type UnitsData = WidgetResponse<'units'>

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

/** <relais-units commune="35238">: the units serving the commune (or the reader's position), open now, hours. */
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
      table {
        border-collapse: collapse;
        margin: 0.5em 0 0;
        font-size: 0.95em;
      }
      th,
      td {
        text-align: start;
        padding: 0.15em 0.75em 0.15em 0;
        font-weight: normal;
      }
      th {
        font-weight: 700;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0.4em 0 0;
      }
      .locate {
        margin: 0 0 0.75em;
      }
    `,
  ]
  static override properties = {
    ...RelaisElement.properties,
    expanded: { state: true },
    position: { state: true },
    locating: { state: true },
    canLocate: { state: true },
    commune: { state: true },
    communeMatches: { state: true },
  }
  declare expanded: Set<number>
  declare position: { lat: number; lng: number } | null
  declare locating: '' | 'busy' | 'failed'
  declare canLocate: boolean
  /** Another commune the reader looked up, in place of the host's. */
  declare commune: CommuneMatch | null
  declare communeMatches: CommuneMatch[] | null
  protected readonly widget = 'units' as const
  static override queryAttributes = parameters<'units'>({ commune: true, lat: true, lng: true, limit: true })
  protected readonly officialSite = { url: 'https://lannuaire.service-public.fr', name: 'lannuaire.service-public.fr' }

  constructor() {
    super()
    this.expanded = new Set()
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

  private async searchCommune(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim()
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

  protected widgetTitle(): string {
    return this.lang_ === 'en' ? 'Police and gendarmerie near you' : 'Commissariats et brigades'
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
        this.position = { lat: found.coords.latitude, lng: found.coords.longitude }
      },
      () => {
        this.locating = 'failed'
      },
      { timeout: 10_000, maximumAge: 300_000 },
    )
  }

  private toggle(index: number): void {
    const expanded = new Set(this.expanded)
    if (!expanded.delete(index)) expanded.add(index)
    this.expanded = expanded
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

  protected renderData(data: UnitsData, t: Texts) {
    return html`
      ${
        this.canLocate
          ? html`<p class="locate">
              <button type="button" class="secondary" part="button" @click=${() => this.locate()} ?disabled=${this.locating === 'busy'}>
                ${t.myPosition}
              </button>
              <span class="muted" role="status">${this.locating === 'busy' ? t.locating : this.locating === 'failed' ? t.noPosition : ''}</span>
            </p>`
          : nothing
      }
      <details class="locate" part="search">
        <summary>${t.otherCommune}</summary>
        <form role="search" @submit=${(event: SubmitEvent) => this.searchCommune(event)}>
          <label for="commune-q">${t.communeSearch}</label>
          <input id="commune-q" name="q" type="search" autocomplete="address-level2" part="input" />
          <button type="submit" part="button">${t.searchCommune}</button>
        </form>
        ${
          this.communeMatches === null
            ? nothing
            : this.communeMatches.length === 0
              ? html`<p role="status">${t.noCommune}</p>`
              : html`<ul role="list">
                  ${this.communeMatches.map(
                    (commune) =>
                      html`<li>
                        <button type="button" class="secondary" part="button" @click=${() => this.choose(commune)}>
                          ${commune.name} (${commune.department})
                        </button>
                      </li>`,
                  )}
                </ul>`
        }
      </details>
      ${
        data.items.length === 0
          ? html`<p>${t.noUnits}</p>`
          : html`<ul part="list">
              ${data.items.map((unit, index) => {
                const badge =
                  unit.openNow === null
                    ? html`<span class="badge unknown" part="badge">${t.unknownHours}</span>`
                    : unit.openNow
                      ? html`<span class="badge open" part="badge open">${t.openNow}</span>`
                      : html`<span class="badge shut" part="badge closed">${t.closedNow}</span>`
                const change = this.change(unit.openNow, unit.nextChange, t)
                const weekId = `week-${index}`
                return html`<li class="item" part="item">
                  ${this.heading(html`<a href=${unit.page} target="_blank" rel="noopener" part="link">${unit.name}</a>`, 1)}
                  <p class="muted">${unit.kind}${unit.distanceKm !== null ? html` · ${t.km(unit.distanceKm)}` : nothing}</p>
                  <p>${badge} ${change}</p>
                  ${unit.todayHours ? html`<p>${t.today} : ${unit.todayHours.length ? unit.todayHours.join(', ') : t.closedToday}</p>` : nothing}
                  <p>${unit.address}</p>
                  <p class="actions">
                    ${unit.phone ? this.phone(unit.phone, t) : nothing}
                    ${unit.website ? html`<a href=${unit.website} target="_blank" rel="noopener" part="link">${t.website}<span class="visually-hidden"> : ${unit.name}</span></a>` : nothing}
                    ${
                      unit.week.length
                        ? html`<button
                            type="button"
                            class="secondary"
                            part="button"
                            aria-expanded=${this.expanded.has(index) ? 'true' : 'false'}
                            aria-controls=${weekId}
                            @click=${() => this.toggle(index)}
                          >
                            ${t.week}<span class="visually-hidden"> : ${unit.name}</span>
                          </button>`
                        : nothing
                    }
                  </p>
                  <div id=${weekId} ?hidden=${!this.expanded.has(index)}>
                    ${
                      this.expanded.has(index)
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
                        : nothing
                    }
                  </div>
                </li>`
              })}
            </ul>`
      }
      ${this.position ? nothing : this.seeAll(this.commune ? null : data.seeAll, t.seeAllUnits)}
    `
  }
}

if (!customElements.get('relais-units')) customElements.define('relais-units', RelaisUnits)
