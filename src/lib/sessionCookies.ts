import type { CollectionConfig } from 'payload'

/**
 * The users collection with its session cookie (`payload-token`) marked `Secure` whenever the
 * hub's public origin is https: a browser then never sends the session over plain http (a
 * hotel network's http:// link to the hub, a downgrade). Plain http deployments (a laptop,
 * the tests) keep working without it.
 */
export function withSessionCookies(users: CollectionConfig, origin: string): CollectionConfig {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  const secure = new URL(origin).protocol === 'https:'
  return { ...users, auth: { ...auth, cookies: { ...auth.cookies, sameSite: 'Lax', secure } } }
}
