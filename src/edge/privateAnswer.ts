import type { Answer } from './answer'
import { type Caller, sessionCookie } from './caller'
import { errorAnswer } from './errorAnswer'
import type { EdgeRoute } from './route'
import { vary } from './sharedAnswer'
import { etagOf } from './validators'

/**
 * Payload's admin reads an error's body (each field's message, shown beside the field) only
 * when its type contains `application/json`: its cookie session gets the same problem under
 * that type, where `application/problem+json` would leave editors with a bare "Forbidden".
 */
const readsOnlyJson = (request: Request, cookiePrefix: string): boolean =>
  !request.headers.has('authorization') && sessionCookie(request.headers, cookiePrefix) !== undefined

/**
 * An answer for one caller only: partners may revalidate theirs, nobody keeps an editor's, and
 * a partner's browser app may read it from its allowed origin. Errors are reshaped for the
 * route's clients; `extra` headers (the rate limit's) are added.
 */
export async function privateAnswer(
  route: EdgeRoute,
  request: Request,
  caller: Caller | undefined,
  answer: Answer,
  { extra, cookiePrefix }: { extra: Record<string, string>; cookiePrefix: string },
): Promise<Answer> {
  for (const [key, value] of Object.entries(extra)) answer.headers.set(key, value)
  if (answer.status >= 400) return errorAnswer(route.errors, answer, readsOnlyJson(request, cookiePrefix))
  const headers = answer.headers
  headers.delete('surrogate-key')
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  if (isRead && (route.publicRead || route.gated)) {
    headers.set('Cache-Control', caller?.kind === 'partner' ? 'private, no-cache' : 'private, no-store')
    headers.set('Vary', caller?.kind === 'partner' ? `Origin, ${vary}` : vary)
    if (caller?.kind === 'partner' && answer.status === 200 && !headers.has('etag')) headers.set('ETag', etagOf(answer.body))
  } else if (!headers.has('cache-control')) {
    headers.set('Cache-Control', 'no-store')
  }
  const origin = request.headers.get('origin')
  if (caller?.kind === 'partner' && origin) headers.set('Access-Control-Allow-Origin', origin)
  return answer
}
