import type { CollectionConfig } from 'payload'

import type { Env } from './env'

/**
 * The origins whose pages may use an editor's session cookie (Payload's `csrf` list): the
 * hub's public origin, or the addresses `npm start` serves on when SERVER_URL is unset. A
 * cookie sent from any other page, another port of the same host included, authenticates
 * nobody; API keys and `Authorization: JWT` headers are not sent by browsers on their own.
 */
export function sessionOrigins(env: Pick<Env, 'SERVER_URL' | 'PORT'>): string[] {
  if (env.SERVER_URL) return [new URL(env.SERVER_URL).origin]
  return ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${env.PORT}`)
}

/**
 * The users collection with its session cookie (`payload-token`) marked `Secure` whenever the
 * hub's public origin is https: a browser then never sends the session over plain http (a
 * hotel network's http:// link to the hub, a downgrade). Plain http deployments (a laptop,
 * the tests) keep working without it.
 */
export function withSessionCookies(users: CollectionConfig, env: Pick<Env, 'SERVER_URL'>): CollectionConfig {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  const secure = Boolean(env.SERVER_URL && new URL(env.SERVER_URL).protocol === 'https:')
  return { ...users, auth: { ...auth, cookies: { ...auth.cookies, sameSite: 'Lax', secure } } }
}
