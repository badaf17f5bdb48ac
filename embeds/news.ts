import { css, html, nothing } from 'lit'

import type { WidgetResponse } from '../plugins/embeds/contract'
import { parameters, RelaisElement } from './runtime/element'
import { formatDate, type Texts } from './runtime/i18n'

type NewsData = WidgetResponse<'news'>

/**
 * <relais-news commune="35238" limit="5">: national and local news of a territory, newest first.
 *
 * @csspart list - The list of news.
 * @csspart item - One news item.
 * @csspart image - An item's thumbnail.
 * @csspart link - An item's title, a link to the article.
 * @csspart badge - An item's category, and "local" on the territory's own news.
 */
export class RelaisNews extends RelaisElement<'news'> {
  static override styles = [
    ...RelaisElement.styles,
    css`
      /* A thumbnail beside the text at every width: five items stay well under a screen's height. */
      article {
        display: grid;
        gap: 0.75em;
        grid-template-columns: 1fr;
      }
      article.with-image {
        grid-template-columns: 5.5rem 1fr;
      }
      img {
        display: block;
        width: 5.5rem;
        height: auto;
        aspect-ratio: 4 / 3;
        object-fit: cover;
        border-radius: calc(var(--_radius) * 0.75);
        background: var(--_surface);
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        margin: 0 0 0.3em;
      }
    `,
  ]
  protected readonly widget = 'news' as const
  static override queryAttributes = parameters<'news'>({ commune: true, department: true, limit: true })
  protected readonly officialSite = 'masecurite' as const

  protected announce(data: NewsData, t: Texts): string {
    return t.loaded(data.items.length)
  }

  protected renderData(data: NewsData, t: Texts) {
    if (!data.items.length) return html`<p>${t.noNews}</p>`
    return html`<ul part="list">
        ${data.items.map(
          (item) =>
            html`<li class="item" part="item">
              <article class=${item.image ? 'with-image' : ''}>
                ${
                  item.image
                    ? html`<img
                        src=${item.image.url}
                        alt=${item.image.alt}
                        width=${item.image.width ?? nothing}
                        height=${item.image.height ?? nothing}
                        loading="lazy"
                        decoding="async"
                        part="image"
                      />`
                    : nothing
                }
                <div>
                  ${this.heading(html`<a href=${item.url} target="_blank" rel="noopener" part="link">${item.title}</a>`, 1)}
                  <p class="meta muted">
                    <span>${t.published} <time datetime=${item.publishedAt}>${formatDate(item.publishedAt, this.lang_)}</time></span>
                    ${item.category ? html`<span part="badge" class="badge">${item.category}</span>` : nothing}
                    ${item.local ? html`<span part="badge" class="badge">${t.local}</span>` : nothing}
                  </p>
                  <p class="clamp">${item.summary}</p>
                </div>
              </article>
            </li>`,
        )}
      </ul>
      ${this.seeAll(data.seeAll, t.seeAllNews)}`
  }
}

if (!customElements.get('relais-news')) customElements.define('relais-news', RelaisNews)
