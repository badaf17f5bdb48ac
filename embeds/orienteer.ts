import { css, html, nothing } from 'lit'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import type { Texts } from './runtime/i18n'

type Guide = WidgetResponse<'orienteer'>['guide']

/**
 * <relais-orienteer guide="cyber">: a guide walked one question at a time, with buttons; the
 * focus moves to each new question or to the outcome so keyboard and screen-reader users follow.
 */
export class RelaisOrienteer extends RelaisElement<'orienteer'> {
  static override styles = [
    ...RelaisElement.styles,
    css`
      .answers {
        display: grid;
        gap: 0.5em;
        margin: 0.75em 0;
      }
      .answers button {
        width: 100%;
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 1em;
      }
      .urgent {
        padding: 0.75em;
        margin: 0 0 0.75em;
        border: 2px solid var(--_urgent);
        border-radius: var(--_radius);
        color: var(--_fg);
        font-weight: 700;
      }
      .urgent a {
        color: var(--_urgent);
      }
      .section {
        margin-top: 0.9em;
      }
      .links {
        padding-left: 1.2em;
        list-style: disc;
      }
      .links li {
        margin: 0.25em 0;
      }
      .progress {
        margin: 0 0 0.25em;
      }
    `,
  ]
  static override properties = { ...RelaisElement.properties, path: { state: true }, started: { state: true } }
  /** Keys of the steps answered so far, then the current step or outcome. */
  declare path: string[]
  declare started: boolean
  protected readonly widget = 'orienteer' as const
  static override queryAttributes = parameters<'orienteer'>({ guide: true })
  protected readonly officialSite = { url: 'https://17cyber.gouv.fr', name: '17cyber.gouv.fr' }

  constructor() {
    super()
    this.path = []
    this.started = false
  }

  protected widgetTitle(): string {
    const { load } = this
    if (load.status === 'ready') return load.data.guide.title
    return this.lang_ === 'en' ? 'Find the right service' : 'Être orienté'
  }

  protected announce(data: { guide: Guide }): string {
    return data.guide.title
  }

  private async go(path: string[]): Promise<void> {
    this.path = path
    this.started = true
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#current')?.focus()
  }

  protected renderData({ guide }: { guide: Guide }, t: Texts) {
    if (!this.started) {
      return html`${guide.intro ? html`<p>${guide.intro}</p>` : nothing}
        <button type="button" part="button" @click=${() => this.go([guide.start])}>${t.start}</button>`
    }
    const current = this.path[this.path.length - 1]
    const step = guide.steps.find((s) => s.key === current)
    const outcome = guide.outcomes.find((o) => o.key === current)
    const nav = html`<div class="nav">
      ${
        this.path.length > 1
          ? html`<button type="button" class="secondary" part="button" @click=${() => this.go(this.path.slice(0, -1))}>← ${t.back}</button>`
          : nothing
      }
      <button type="button" class="secondary" part="button" @click=${() => this.go([guide.start])}>${t.restart}</button>
    </div>`
    if (step) {
      return html`<div part="step">
        <p class="progress muted">${t.step(this.path.length)}</p>
        ${this.heading(step.question, 1, 'current')} ${step.help ? html`<p class="muted">${step.help}</p>` : nothing}
        <ul class="answers" role="list">
          ${step.answers.map((answer) => html`<li><button type="button" part="answer" @click=${() => this.go([...this.path, answer.next])}>${answer.label}</button></li>`)}
        </ul>
        ${this.path.length > 1 ? nav : nothing}
      </div>`
    }
    if (!outcome)
      return html`<p>${t.unavailable}</p>
        ${nav}`
    return html`<div part="outcome">
      ${outcome.urgent ? html`<p class="urgent" part="urgent">${t.emergency} <a href="tel:17">17</a> · <a href="tel:112">112</a></p>` : nothing}
      ${this.heading(outcome.title, 1, 'current')}
      <div class="section">
        ${this.heading(t.whatToDo, 2)}
        <p>${outcome.advice}</p>
      </div>
      ${
        outcome.evidence
          ? html`<div class="section">
              ${this.heading(t.evidence, 2)}
              <p>${outcome.evidence}</p>
            </div>`
          : nothing
      }
      ${
        outcome.services.length || outcome.suggestUnits
          ? html`<div class="section">
              ${this.heading(t.whereToGo, 2)}
              <ul class="links">
                ${outcome.services.map((s) => html`<li>${this.officialLink(s.url, s.page, s.acronym ?? s.name)} : ${s.summary}</li>`)}
                ${
                  outcome.suggestUnits
                    ? html`<li>
                        ${t.unitsHint} <a href="https://lannuaire.service-public.fr" target="_blank" rel="noopener" part="link">${t.findUnit}</a>
                      </li>`
                    : nothing
                }
              </ul>
            </div>`
          : nothing
      }
      ${
        outcome.sheets.length
          ? html`<div class="section">
              ${this.heading(t.readMore, 2)}
              <ul class="links">
                ${outcome.sheets.map((s) => html`<li><a href=${s.page} target="_blank" rel="noopener" part="link">${s.title}</a> : ${s.summary}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${nav}
    </div>`
  }
}

if (!customElements.get('relais-orienteer')) customElements.define('relais-orienteer', RelaisOrienteer)
