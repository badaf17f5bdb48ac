/** The hub that served this script: widgets ask it, and only it, for their data. */
export const hubBase = new URL('./', import.meta.url)

export type Fetched<T> = { ok: true; data: T } | { ok: false; kind: 'config' | 'unavailable'; message: string }

// A slow hub must not leave the reader waiting: past this, the fallback shows.
const timeoutMs = 8000

/** GET a widget's data; never throws, so nothing reaches the host page's console as uncaught. */
export async function fetchWidgetData<T>(widget: string, query: URLSearchParams, signal: AbortSignal): Promise<Fetched<T>> {
  const timeout = AbortSignal.timeout(timeoutMs)
  try {
    const response = await fetch(new URL(`data/${widget}?${query}`, hubBase), {
      // Never the reader's cookies, except in an editor's preview frame, on the hub's own origin.
      credentials: query.has('preview') ? 'same-origin' : 'omit',
      mode: 'cors',
      referrerPolicy: 'strict-origin-when-cross-origin',
      signal: AbortSignal.any([signal, timeout]),
    })
    if (response.ok) return { ok: true, data: (await response.json()) as T }
    if (response.status >= 400 && response.status < 500) {
      const body = (await response.json().catch(() => ({}))) as { detail?: string }
      return { ok: false, kind: 'config', message: body.detail ?? `HTTP ${response.status}` }
    }
    return { ok: false, kind: 'unavailable', message: `HTTP ${response.status}` }
  } catch (error) {
    return { ok: false, kind: 'unavailable', message: error instanceof Error ? error.name : 'error' }
  }
}
