import type { Payload } from 'payload'

export type Caller =
  | { kind: 'staff' }
  | { kind: 'partner'; id: string | number; name: string; allowedOrigins: string[] }
  | { kind: 'anonymous'; ip: string }

export type CallerOrRefusal = { caller: Caller } | { refusal: Response }

type PartnerUser = { collection: 'partners'; id: string | number; name: string; revoked?: boolean | null; allowedOrigins?: string[] | null }

/**
 * The address a rate limit counts. Behind a reverse proxy the last X-Forwarded-For entry is
 * the one the proxy itself appended (earlier ones are whatever the client claimed); Next's
 * own server and the test adapter set it to the socket address when no proxy does.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')
  const last = forwarded?.split(',').pop()?.trim()
  return last || request.headers.get('x-real-ip') || 'unknown'
}

const refuse = (status: number, message: string, code: string): Response =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Who is reading: an editor with a session (never limited), a partner with a live API key, or
 * an anonymous reader. A key that is unknown or revoked is refused rather than read as
 * anonymous, so a partner notices at once; revocation needs no cache to expire because the
 * key is looked up on every request.
 */
export async function identifyCaller(request: Request, payload: () => Promise<Payload>): Promise<CallerOrRefusal> {
  const authorization = request.headers.get('authorization') ?? ''
  const hasKey = authorization.includes(' API-Key ')
  const hasSession = /^(JWT|Bearer) /.test(authorization) || /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')
  if (!hasKey && !hasSession) return { caller: { kind: 'anonymous', ip: clientIp(request) } }

  const { user } = await (await payload()).auth({ headers: request.headers })
  if (hasKey) {
    const partner = user as unknown as PartnerUser | null
    if (partner?.collection !== 'partners' || partner.revoked) {
      return { refusal: refuse(401, 'Authorization: API key unknown or revoked', 'UNAUTHENTICATED') }
    }
    const allowedOrigins = partner.allowedOrigins ?? []
    const origin = request.headers.get('origin')
    if (origin && !allowedOrigins.includes(origin)) {
      return { refusal: refuse(403, `Origin: ${origin} is not an allowed origin of this API key`, 'FORBIDDEN') }
    }
    return { caller: { kind: 'partner', id: partner.id, name: partner.name, allowedOrigins } }
  }
  if (user?.collection === 'users') return { caller: { kind: 'staff' } }
  return { caller: { kind: 'anonymous', ip: clientIp(request) } }
}
