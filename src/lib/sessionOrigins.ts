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
