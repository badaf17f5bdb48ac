/**
 * The policy of the admin and of every page Next renders. Next's bootstrap and Payload's theme
 * switch are inline scripts, hence 'unsafe-inline' for scripts; everything else comes from the
 * hub itself (no third-party origin at all: fonts, avatars and editors are served locally).
 */
export const pagePolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

/**
 * What pages and frames may ask the browser for: the units widget's frame asks for the reader's
 * position, for the hub's own origin only (a host page grants it with `allow="geolocation"`,
 * embeds/units.ts); nothing else the hub serves uses a camera, microphone, payment, USB, sensors
 * or interest tracking, so none of them is granted to the hub or to anything it frames.
 */
export const permissionsPolicy = [
  'geolocation=(self)',
  'camera=()',
  'microphone=()',
  'display-capture=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
].join(', ')

/** Data (JSON, feeds, scripts) is never a document: nothing may run in it or frame it. */
const dataPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox"

/**
 * Headers every answer carries. Only widget frame pages (`frameable`) may be framed by other
 * sites; everything else, the admin first, only by the hub itself.
 */
export function securityHeaders({
  frameable,
  https,
  contentType,
  policy,
}: {
  frameable: boolean
  https: boolean
  contentType: string | null
  policy: string | null
}): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000'
  const isPage = (contentType ?? '').startsWith('text/html')
  if (isPage) headers['Permissions-Policy'] = permissionsPolicy
  if (!frameable) {
    headers['X-Frame-Options'] = 'SAMEORIGIN'
    if (!isPage) headers['Content-Security-Policy'] = policy ?? dataPolicy
    else if (!policy) headers['Content-Security-Policy'] = pagePolicy
    else if (!/frame-ancestors/.test(policy)) headers['Content-Security-Policy'] = `${policy}; frame-ancestors 'self'`
  }
  return headers
}
