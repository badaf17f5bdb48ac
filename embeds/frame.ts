/**
 * Runs in the hub's frame pages. Tells the embedding page the frame's height, to that page's
 * origin only (never "*"), in Relais's format and in WordPress's embed protocol; and makes links
 * work in any sandbox: WordPress frames untrusted providers with `sandbox="allow-scripts"`, where
 * a link may neither open a tab, nor leave the frame, nor call a number, but WordPress follows
 * `{message: 'link'}` to the frame's own host: to the hub's page for what was clicked.
 */
import { type HeightMessage, heightMessageType, type WordPressMessage } from '../plugins/embeds/catalogue'

function parentOrigin(): string | null {
  const ancestor = location.ancestorOrigins?.[0]
  if (ancestor && ancestor !== 'null') return ancestor
  try {
    return document.referrer ? new URL(document.referrer).origin : null
  } catch {
    return null
  }
}

const target = window.parent !== window ? parentOrigin() : null
// WordPress adds #?secret=... to the frame's address and expects it back with each message.
const rawSecret = new URLSearchParams(location.hash.replace(/^#\??/, '')).get('secret')
const secret = rawSecret && /^[\w-]{1,64}$/.test(rawSecret) ? rawSecret : null

if (target) {
  let last = 0
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
    if (height === last) return
    last = height
    window.parent.postMessage({ type: heightMessageType, height } satisfies HeightMessage, target)
    if (secret) window.parent.postMessage({ secret, message: 'height', value: height } satisfies WordPressMessage, target)
  }
  new ResizeObserver(send).observe(document.body)
  send()
}

/**
 * The hub's own page for a link: the link itself when it is on the hub, else the page named by
 * the link or by the nearest element around it (an item's page shows the same official link,
 * phone number or source; the widget names an official site's page of the hub).
 */
function hubPage(anchor: HTMLAnchorElement, path: EventTarget[]): string | null {
  if (/^https?:$/.test(anchor.protocol) && anchor.host === location.host) return anchor.href
  for (const node of path) if (node instanceof HTMLElement && node.dataset.relaisPage) return node.dataset.relaisPage
  return null
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const path = event.composedPath()
  const anchor = path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && Boolean(node.href))
  if (!anchor || window.parent === window) return
  const web = /^https?:$/.test(anchor.protocol)
  // A number to call or text: the browser calls where the frame may; WordPress's frame may not.
  if (!web && !(secret && /^(tel|sms|mailto):$/.test(anchor.protocol))) return
  const page = hubPage(anchor, path)
  event.preventDefault()
  // In WordPress, the host page navigates; it only goes to this frame's host, hence the hub's page.
  if (secret && target) {
    if (page) window.parent.postMessage({ secret, message: 'link', value: page } satisfies WordPressMessage, target)
    return
  }
  const opened = window.open(anchor.href, '_blank')
  if (opened) {
    opened.opener = null
    return
  }
  // A sandbox without popups may still let a click lead the whole page; else the hub's page,
  // inside the frame, is the way on.
  try {
    window.top!.location.href = anchor.href
  } catch {
    if (page) location.assign(page)
  }
})
