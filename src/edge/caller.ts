import { jwtVerify } from 'jose'
import type { Payload } from 'payload'
import { parseCookies } from 'payload/shared'

/**
 * Who is calling, decided once per request by the edge:
 * - `anonymous`: no credential at all; the only caller whose answers are shared and cached;
 * - `unrecognised`: a credential Payload does not accept (an expired session, another scheme):
 *   read as anonymous, counted per address, but its answers are private and never cached;
 * - `partner`: a live partner API key; `staff`: an editor's session.
 */
export type Caller =
  | { kind: 'anonymous'; ip: string }
  | { kind: 'unrecognised'; ip: string }
  | { kind: 'partner'; ip: string; id: string | number; name: string; allowedOrigins: string[] }
  | { kind: 'staff'; ip: string }

export type Refusal = { status: 401 | 403; message: string; code: string }

const malformedAuthorization =
  'Authorization: empty or malformed; send "JWT <token>" or "Bearer <token>" (an editor\'s session) or "partners API-Key <key>"'

/**
 * Whether the request carries anything Payload could take for a credential: any Authorization
 * header, whatever its scheme, or the session cookie in any spelling Payload's cookie parser
 * reads (it trims names, so `payload-token =…` is a session too). Deliberately wider than
 * Payload: a false positive only costs a private, uncached answer; a false negative would put
 * an editor's drafts in the shared cache.
 */
export function presentsCredential(header: (name: 'authorization' | 'cookie') => string | null | undefined, cookiePrefix: string): boolean {
  if (header('authorization') != null) return true
  const cookie = header('cookie')
  return cookie != null && cookie.toLowerCase().includes(`${cookiePrefix.toLowerCase()}-token`)
}

/**
 * Whether an Authorization value uses Payload's API-key scheme (`partners API-Key <key>`), with
 * its key or without: HTTP drops the trailing space of `partners API-Key `, which must still read
 * as a key, missing, rather than as another scheme.
 */
export const presentsApiKey = (authorization: string | null | undefined): boolean => /^\S+ API-Key(?:\s|$)/.test(authorization?.trim() ?? '')

/** The session token a request carries, read the way Payload reads it (header first, then cookie). */
function sessionToken(headers: Headers, cookiePrefix: string): { token: string; fromCookie: boolean } | undefined {
  const bearer = /^(?:JWT|Bearer) (.+)$/.exec(headers.get('authorization') ?? '')?.[1]
  if (bearer) return { token: bearer, fromCookie: false }
  const cookie = sessionCookie(headers, cookiePrefix)
  return cookie ? { token: cookie, fromCookie: true } : undefined
}

/** The session cookie's value, read with Payload's own cookie parser: the session Payload will see. */
export const sessionCookie = (headers: Headers, cookiePrefix: string): string | undefined =>
  parseCookies(headers).get(`${cookiePrefix}-token`) || undefined

/**
 * Who is calling. An editor's session is recognised by its signature alone (no database read: it
 * only decides that the reader is not counted; what the session may see is Payload's business,
 * checked by the handler). A partner key is looked up on every request, so that revocation needs
 * no cache to expire, and an unknown or revoked key is refused rather than read as anonymous.
 */
export async function identifyCaller(
  payload: Payload,
  headers: Headers,
  ip: string,
  sessionOrigins: string[],
): Promise<{ caller: Caller } | { refusal: Refusal }> {
  if (!presentsCredential((name) => headers.get(name), payload.config.cookiePrefix)) return { caller: { kind: 'anonymous', ip } }
  if (presentsApiKey(headers.get('authorization'))) {
    if (!/ API-Key \S/.test(headers.get('authorization') ?? '')) {
      return {
        refusal: { status: 401, message: 'Authorization: no API key after "API-Key"; send "partners API-Key <key>"', code: 'UNAUTHENTICATED' },
      }
    }
    const { user: partner } = await payload.auth({ headers })
    if (partner?.collection !== 'partners' || partner.revoked) {
      return { refusal: { status: 401, message: 'Authorization: API key unknown or revoked', code: 'UNAUTHENTICATED' } }
    }
    const allowedOrigins = partner.allowedOrigins ?? []
    const origin = headers.get('origin')
    if (origin && !allowedOrigins.includes(origin)) {
      return { refusal: { status: 403, message: `Origin: ${origin} is not an allowed origin of this API key`, code: 'FORBIDDEN' } }
    }
    return { caller: { kind: 'partner', ip, id: partner.id, name: partner.name, allowedOrigins } }
  }
  const authorization = headers.get('authorization')
  // An Authorization value that names no scheme and credential, or a session token that does not
  // verify, is a client's mistake to be told, never read as anonymous. Another scheme (Basic, from
  // a proxy in front) is not the hub's business: it reads as an unrecognised credential.
  if (authorization !== null) {
    const [scheme, credential, ...rest] = authorization.trim().split(/\s+/)
    if (!scheme || !credential || rest.length > 0) {
      return { refusal: { status: 401, message: malformedAuthorization, code: 'UNAUTHENTICATED' } }
    }
  }
  const session = sessionToken(headers, payload.config.cookiePrefix)
  // A session cookie sent from another site's page is not the editor acting (Payload ignores it too).
  const origin = headers.get('origin')
  if (session && !(session.fromCookie && origin && !sessionOrigins.includes(origin))) {
    try {
      const { payload: claims } = await jwtVerify(session.token, new TextEncoder().encode(payload.secret))
      if (claims.collection === 'users') return { caller: { kind: 'staff', ip } }
    } catch {
      // Expired, forged or not a token: refused when sent as Authorization, unrecognised as a cookie
      // (a browser's stale cookie must not break public pages).
    }
    if (!session.fromCookie)
      return { refusal: { status: 401, message: 'Authorization: session token invalid or expired; log in again', code: 'UNAUTHENTICATED' } }
  }
  return { caller: { kind: 'unrecognised', ip } }
}
