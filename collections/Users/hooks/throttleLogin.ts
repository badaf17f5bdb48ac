import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { hubLoginThrottle } from '../../../src/lib/loginThrottle'
import { settingsOf } from '../../../src/lib/settings'

const pbkdf2 = promisify(crypto.pbkdf2)

const emailOf = (data: unknown): string => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

// The Local API (seed, scripts) logs in from no address and is not throttled.
const fromOutside = (req: PayloadRequest) => req.payloadAPI !== 'local'

// The hub's edge sets X-Forwarded-For to the reader's own address (see TRUSTED_PROXIES).
const addressOf = (req: PayloadRequest) => req.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'

/**
 * Payload hashes the password of a known account (PBKDF2-SHA256, 600,000 rounds, a few hundred
 * milliseconds) and answers an unknown one at once: the delay alone would tell which accounts
 * exist. An unknown account costs the same hash.
 */
const sameCostAsAKnownAccount = (password: unknown) =>
  typeof password === 'string' ? pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32, 'sha256') : undefined

/**
 * Before a login: refuses an account and address that failed too often (src/lib/loginThrottle.ts)
 * with the very message of a wrong password, so the answer never tells an unknown account, a
 * locked one and a wrong password apart.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || !fromOutside(req)) return args
  const email = emailOf(args.data)
  const password = (args.data as { password?: unknown } | undefined)?.password
  if (!email || typeof password !== 'string') return args
  if (!(await hubLoginThrottle(settingsOf(req.payload)).attempt(email, addressOf(req)))) {
    await sameCostAsAKnownAccount(password)
    throw new AuthenticationError(req.t)
  }
  const known = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
  if (!known) {
    await sameCostAsAKnownAccount(password)
    throw new AuthenticationError(req.t)
  }
  return args
}

export const forgetFailedLogins: CollectionAfterLoginHook = async ({ req, user }) => {
  if (fromOutside(req)) await hubLoginThrottle(settingsOf(req.payload)).succeeded(emailOf(user), addressOf(req))
  return user
}
