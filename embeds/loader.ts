/**
 * <script src="https://HUB/embed/v1/loader.js" async></script>: loads the script of each
 * Relais widget present on the page (now or later), and sizes Relais iframes from the height
 * they announce. Defines nothing global but the custom elements the widget scripts register.
 */
import { type HeightMessage, heightMessageType, maxFrameHeight, widgetNames } from '../plugins/embeds/catalogue'

const script = document.currentScript as HTMLScriptElement | null
// A copy hosted on the site itself (strict CSP) names the hub with data-hub.
const base = new URL('/embed/v1/', script?.dataset.hub || script?.src || location.href)
const requested = new Set<string>()

const scan = () => {
  for (const name of widgetNames) {
    if (!requested.has(name) && document.querySelector(`relais-${name}`)) {
      requested.add(name)
      // A hub that does not answer leaves the element's own content (its fallback) in place.
      import(/* webpackIgnore: true */ `${base}widget-${name}.js`).catch(() => requested.delete(name))
    }
  }
}

let queued = false
new MutationObserver(() => {
  if (queued) return
  queued = true
  requestAnimationFrame(() => {
    queued = false
    scan()
  })
}).observe(document.documentElement, { childList: true, subtree: true })
scan()

addEventListener('message', (event: MessageEvent) => {
  // Only the hub's frames may resize an iframe, and only their own.
  if (event.origin !== base.origin || (event.data as Partial<HeightMessage> | null)?.type !== heightMessageType) return
  const height = Number((event.data as HeightMessage).height)
  if (!Number.isFinite(height) || height <= 0) return
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.ceil(height), maxFrameHeight)}px`
  }
})
