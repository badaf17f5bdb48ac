import crypto from 'node:crypto'

import type { CollectionConfig } from 'payload'
import { z } from 'zod'

import { isAdmin } from '../../src/access/roles'
import { webhookEvents } from './events'

const adminOnly = ({ req: { user } }: { req: { user: unknown } }) => isAdmin(user as Parameters<typeof isAdmin>[0])

const targetSchema = z.url({ protocol: /^https?$/, message: 'an http:// or https:// URL' })

/** A receiver of change notifications. Admins only: the secret signs every delivery. */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  graphQL: false,
  labels: { singular: { fr: 'Webhook', en: 'Webhook' }, plural: { fr: 'Webhooks', en: 'Webhooks' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'state', 'failingSince'],
    group: { fr: 'API partenaires', en: 'Partner API' },
    description: {
      fr: 'Le hub envoie un POST signé (en-tête Relais-Signature) à chaque événement choisi. Une cible en échec depuis 24 h est mise en pause.',
      en: 'The hub POSTs a signed body (Relais-Signature header) on each chosen event. A target failing for 24 h is paused.',
    },
  },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
        // Resuming a paused target starts its failure clock afresh.
        if (data.state === 'active' && originalDoc?.state === 'paused') Object.assign(data, { failingSince: null, pausedReason: null })
        return data
      },
    ],
    // A delivery belongs to its webhook (the database refuses one without it, a 500 before):
    // deleting a webhook deletes its log of deliveries, in the same transaction.
    beforeDelete: [
      async ({ id, req }) => {
        await req.payload.db.deleteMany({ collection: 'webhook-deliveries', where: { webhook: { equals: id } }, req })
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { fr: 'Adresse de réception', en: 'Target URL' },
      validate: (value: unknown) => {
        const parsed = targetSchema.safeParse(value)
        return parsed.success ? true : `url: ${parsed.error.issues[0].message}`
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...webhookEvents],
      label: { fr: 'Événements', en: 'Events' },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      label: { fr: 'Secret de signature', en: 'Signing secret' },
      defaultValue: () => crypto.randomBytes(24).toString('base64url'),
      admin: { description: { fr: 'À donner au destinataire pour vérifier les signatures.', en: 'Give it to the receiver to verify signatures.' } },
      validate: (value: unknown) => (typeof value === 'string' && value.length >= 16 ? true : 'secret: at least 16 characters'),
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: [
        { value: 'active', label: { fr: 'Active', en: 'Active' } },
        { value: 'paused', label: { fr: 'En pause', en: 'Paused' } },
      ],
      label: { fr: 'État', en: 'State' },
      admin: {
        position: 'sidebar',
        description: { fr: 'Remettre sur « Active » pour reprendre les envois.', en: 'Set back to "Active" to resume deliveries.' },
      },
    },
    {
      name: 'pausedReason',
      type: 'text',
      maxLength: 600,
      label: { fr: 'Motif de la pause', en: 'Why paused' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.state === 'paused' },
    },
    {
      name: 'failingSince',
      type: 'date',
      label: { fr: 'En échec depuis', en: 'Failing since' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastDeliveryAt',
      type: 'date',
      label: { fr: 'Dernier envoi réussi', en: 'Last successful delivery' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
