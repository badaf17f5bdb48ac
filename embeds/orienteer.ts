import { css, html, nothing } from 'lit'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { officialSites } from '../plugins/embeds/catalogue'
import { parameters, RelaisElement } from './runtime/element'
import type { Texts } from './runtime/i18n'

type Guide = WidgetResponse<'orienteer'>['guide']

/**
 * <relais-orienteer guide="cyber">: a guide walked one question at a time, with buttons; the
 * focus moves to each new question or to the outcome so keyboard and screen-reader users follow.
 *
 * @csspart button - "Start", "previous question", "start again", and the button showing the evidence to keep and further reading.
 * @csspart step - The current question, its help and its answers.
 * @csspart answer - An answer to the current question.
 * @csspart outcome - The advice the guide ends on, or its evidence and further reading.
 * @csspart urgent - The emergency box (call 17 or 112) on an outcome that needs it.
 * @csspart link - A sheet to read further, and the link to find a unit.
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
        gap: 0.5em 1.25em;
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
        margin-top: 0.75em;
      }
      .section p {
        margin: 0;
      }
      .links li {
        margin: 0.3em 0;
      }
      .links .clamp {
        --_lines: 2;
      }
      .progress {
        margin: 0 0 0.25em;
      }
    `,
  ]
  static override properties = { ...RelaisElement.properties, path: { state: true }, started: { state: true }, aside: { state: true } }
  /** Keys of the steps answered so far, then the current step or outcome. */
  declare path: string[]
  declare started: boolean
  /** An outcome's evidence to keep and further reading, in place of its advice. */
  declare aside: boolean
  protected readonly widget = 'orienteer' as const
  static override queryAttributes = parameters<'orienteer'>({ guide: true })
  protected readonly officialSite = '17cyber' as const

  constructor() {
    super()
    this.path = []
    this.started = false
    this.aside = false
  }

  protected override widgetTitle(): string {
    const { load } = this
    if (load.status === 'ready') return load.data.guide.title
    return super.widgetTitle()
  }

  protected announce(data: { guide: Guide }): string {
    return data.guide.title
  }

  private async go(path: string[]): Promise<void> {
    this.path = path
    this.started = true
    this.aside = false
    await this.moveFocus('#current')
  }

  private async showAside(aside: boolean): Promise<void> {
    this.aside = aside
    await this.moveFocus(aside ? '#aside' : '#more')
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
          ? html`<button type="button" class="inline" part="button" @click=${() => this.go(this.path.slice(0, -1))}>← ${t.back}</button>`
          : nothing
      }
      <button type="button" class="inline" part="button" @click=${() => this.go([guide.start])}>${t.restart}</button>
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
    if (this.aside) {
      return html`<div part="outcome">
        ${this.backButton(t.backToAdvice, () => void this.showAside(false))}
        ${
          outcome.evidence
            ? html`<div class="section">
                ${this.heading(t.evidence, 1, 'aside')}
                <p>${outcome.evidence}</p>
              </div>`
            : nothing
        }
        ${
          outcome.sheets.length
            ? html`<div class="section">
                ${this.heading(t.readMore, 1, outcome.evidence ? undefined : 'aside')}
                <ul class="links">
                  ${outcome.sheets.map((s) => html`<li><a href=${s.page} target="_blank" rel="noopener" part="link">${s.title}</a></li>`)}
                </ul>
              </div>`
            : nothing
        }
      </div>`
    }
    const emergency = this.officialPage('urgence')
    // The advice and where to go first; evidence and reading replace them on demand, so an
    // outcome stays within its host's room.
    return html`<div part="outcome">
      ${
        outcome.urgent
          ? html`<p class="urgent" part="urgent">
              ${t.emergency} <a href="tel:17" data-relais-page=${emergency}>17</a> ·
              <a href="tel:112" data-relais-page=${emergency}>112</a>
            </p>`
          : nothing
      }
      ${this.heading(outcome.title, 1, 'current')}
      <div class="section">
        ${this.heading(t.whatToDo, 2)}
        <p>${outcome.advice}</p>
      </div>
      ${
        outcome.services.length || outcome.suggestUnits
          ? html`<div class="section">
              ${this.heading(t.whereToGo, 2)}
              <ul class="links">
                ${outcome.services.map(
                  (s) => html`<li class="clamp">${this.officialLink(s.url, s.page, s.acronym ?? s.name)}${t.colon}${s.summary}</li>`,
                )}
                ${
                  outcome.suggestUnits
                    ? html`<li>
                        <a
                          href=${officialSites.annuaire.url}
                          target="_blank"
                          rel="noopener"
                          part="link"
                          data-relais-page=${this.officialPage('annuaire')}
                          >${t.findUnit}</a
                        >
                      </li>`
                    : nothing
                }
              </ul>
            </div>`
          : nothing
      }
      ${
        outcome.evidence || outcome.sheets.length
          ? html`<p class="section">
              <button type="button" class="secondary" part="button" id="more" @click=${() => void this.showAside(true)}>
                ${outcome.evidence ? (outcome.sheets.length ? t.evidenceAndReading : t.evidence) : t.readMore}
              </button>
            </p>`
          : nothing
      }
      ${nav}
    </div>`
  }
}

if (!customElements.get('relais-orienteer')) customElements.define('relais-orienteer', RelaisOrienteer)
