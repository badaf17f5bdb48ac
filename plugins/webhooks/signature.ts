import crypto from 'node:crypto'

export const signatureHeader = 'Relais-Signature'

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the
 * body so a captured request cannot be replayed later with a fresh date (receivers reject old
 * timestamps), in the scheme Stripe and others made familiar.
 */
export function sign(secret: string, body: string, timestamp: number): string {
  const digest = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${digest}`
}

/** What a receiver does; used by the tests as a receiver would, and documented in docs/partners.md. */
export function verify(secret: string, body: string, header: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]))
  const timestamp = Number(parts.t)
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds || !parts.v1) return false
  const expected = Buffer.from(sign(secret, body, timestamp).split('v1=')[1], 'hex')
  const given = Buffer.from(parts.v1, 'hex')
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
