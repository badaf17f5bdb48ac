import crypto from 'node:crypto'

import type { Payload } from 'payload'

/** A partner with a fresh API key; returns the key and the Authorization header value. */
export async function createPartner(payload: Payload, name: string, extra: { allowedOrigins?: string[] } = {}) {
  const apiKey = crypto.randomUUID()
  const partner = await payload.create({
    collection: 'partners',
    data: { name, contactEmail: `${name.toLowerCase().replace(/\W+/g, '-')}@partner.example`, enableAPIKey: true, apiKey, ...extra },
  })
  return { partner, apiKey, authorization: `partners API-Key ${apiKey}` }
}
