import type { Payload } from 'payload'

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

type PartnerUser = { collection: 'partners'; id: string | number; name: string; revoked?: boolean | null; allowedOrigins?: string[] | null }

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
 * Resolves a credential with Payload's own strategies. An unknown or revoked API key is refused
 * rather than read as anonymous, so a partner notices at once; keys are looked up on every
 * request, so revocation needs no cache to expire.
 */
export async function identifyCaller(payload: Payload, headers: Headers, ip: string): Promise<{ caller: Caller } | { refusal: Refusal }> {
  if (!presentsCredential((name) => headers.get(name), payload.config.cookiePrefix)) return { caller: { kind: 'anonymous', ip } }
  const { user } = await payload.auth({ headers })
  if ((headers.get('authorization') ?? '').includes(' API-Key ')) {
    const partner = user as unknown as PartnerUser | null
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
  if (user?.collection === 'users') return { caller: { kind: 'staff', ip } }
  return { caller: { kind: 'unrecognised', ip } }
}
