import type { PayloadRequest, TaskConfig } from 'payload'

import type { WebhookEvent } from './events'
import { sign, signatureHeader } from './signature'

export const deliveryQueue = 'webhooks'
const PAUSE_AFTER_MS = 24 * 3_600_000
const TIMEOUT_MS = 10_000

type DeliveryInput = { webhook: number | string; event: WebhookEvent; deliveryId: string; body: string }

type WebhookDoc = {
  id: number | string
  url: string
  secret: string
  state: 'active' | 'paused'
  failingSince?: string | null
  lastDeliveryAt?: string | null
}

/** "Last successful delivery" is kept to the minute: at fifty deliveries a second, rewriting the receiver's row each time would queue them all on its lock. */
const LAST_DELIVERY_PRECISION_MS = 60_000

async function post(url: string, secret: string, body: string, event: string, deliveryId: string) {
  const started = performance.now()
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Relais-Webhooks/1',
        [signatureHeader]: sign(secret, body, Math.floor(Date.now() / 1000)),
        'Relais-Event': event,
        'Relais-Delivery': deliveryId,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await response.body?.cancel()
    const durationMs = Math.round(performance.now() - started)
    return response.status >= 200 && response.status < 300
      ? { ok: true as const, httpStatus: response.status, durationMs }
      : { ok: false as const, httpStatus: response.status, durationMs, error: `receiver answered ${response.status}` }
  } catch (error) {
    const durationMs = Math.round(performance.now() - started)
    const cause = (error as Error & { cause?: Error }).cause?.message
    const message = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (cause ?? (error as Error).message)
    // The delivery log keeps a line of it (its fields are bounded, plugins/inputBounds).
    return { ok: false as const, httpStatus: undefined, durationMs, error: message.slice(0, 500) }
  }
}

async function deliver({ input, job, req }: { input: DeliveryInput; job: { totalTried?: number | null }; req: PayloadRequest }) {
  const { payload } = req
  const id = payload.db.defaultIDType === 'number' ? Number(input.webhook) : input.webhook
  const webhook = (await payload.findByID({ collection: 'webhooks', id, overrideAccess: true, disableErrors: true, req })) as WebhookDoc | null
  // A deleted or paused target gets nothing more; returning (not throwing) ends the retries.
  if (!webhook || webhook.state === 'paused') return { output: { skipped: true } }

  const attempt = (job.totalTried ?? 0) + 1
  const result = await post(webhook.url, webhook.secret, input.body, input.event, input.deliveryId)
  await payload.create({
    collection: 'webhook-deliveries',
    overrideAccess: true,
    depth: 0,
    req,
    data: {
      webhook: webhook.id as number,
      event: input.event,
      deliveryId: input.deliveryId,
      status: result.ok ? 'delivered' : 'failed',
      httpStatus: result.httpStatus,
      durationMs: result.durationMs,
      attempt,
      error: result.ok ? undefined : result.error,
      body: JSON.parse(input.body),
    },
  })

  const now = new Date()
  if (result.ok) {
    const recent = webhook.lastDeliveryAt && now.getTime() - Date.parse(webhook.lastDeliveryAt) < LAST_DELIVERY_PRECISION_MS
    if (!webhook.failingSince && recent) return { output: { skipped: false } }
    await payload.update({
      collection: 'webhooks',
      id: webhook.id,
      overrideAccess: true,
      req,
      data: { failingSince: null, lastDeliveryAt: now.toISOString() },
    })
    return { output: { skipped: false } }
  }
  const failingSince = webhook.failingSince ? new Date(webhook.failingSince) : now
  const pause = now.getTime() - failingSince.getTime() >= PAUSE_AFTER_MS
  await payload.update({
    collection: 'webhooks',
    id: webhook.id,
    overrideAccess: true,
    req,
    data: pause
      ? { state: 'paused', failingSince: failingSince.toISOString(), pausedReason: `failing since ${failingSince.toISOString()}: ${result.error}` }
      : { failingSince: failingSince.toISOString() },
  })
  if (pause) return { output: { skipped: true } }
  throw new Error(`${input.event} to ${webhook.url}: ${result.error}`)
}

/**
 * Delivery runs in Payload's job queue, never in the editor's request: a slow or dead receiver
 * costs the editor nothing. Failures retry with exponential backoff (base delay doubling:
 * 30 s, 1 min, 2 min… about a day and a half over 12 attempts).
 */
export function deliverWebhookTask(retryDelayMs: number): TaskConfig {
  return {
    slug: 'deliverWebhook',
    label: 'Deliver a webhook',
    inputSchema: [
      { name: 'webhook', type: 'text', required: true },
      { name: 'event', type: 'text', required: true },
      { name: 'deliveryId', type: 'text', required: true },
      { name: 'body', type: 'textarea', required: true },
    ],
    outputSchema: [{ name: 'skipped', type: 'checkbox' }],
    retries: { attempts: 12, backoff: { type: 'exponential', delay: retryDelayMs } },
    handler: (async (args: { input: DeliveryInput; job: { totalTried?: number | null }; req: PayloadRequest }) =>
      deliver(args)) as unknown as TaskConfig['handler'],
  }
}
