/**
 * Whether a request comes from the admin's pages: a session cookie and no credential of a
 * client's own. The admin shows an error's message in a toast and each field's beside it, so it
 * gets messages for people; API clients keep the field paths.
 */
export function isAdminSession(headers: Headers, cookiePrefix = 'payload'): boolean {
  return !headers.has('authorization') && (headers.get('cookie') ?? '').split(';').some((pair) => pair.trim().startsWith(`${cookiePrefix}-token=`))
}
