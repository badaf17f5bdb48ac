/**
 * Runs in the hub's frame pages: tells the embedding page the frame's height, to that page's
 * origin only (never "*"), in Relais's format and in WordPress's embed protocol.
 */
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
const secret = new URLSearchParams(location.hash.replace(/^#\??/, '')).get('secret')

if (target) {
  let last = 0
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
    if (height === last) return
    last = height
    window.parent.postMessage({ type: 'relais:height', height }, target)
    if (secret && /^[\w-]{1,64}$/.test(secret)) window.parent.postMessage({ secret, message: 'height', value: height }, target)
  }
  new ResizeObserver(send).observe(document.body)
  send()
}
