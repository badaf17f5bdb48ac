import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/roles'
import { webhookEvents } from './events'

/** One row per delivery attempt, written by the delivery job; read-only in the admin. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  graphQL: false,
  labels: { singular: { fr: 'Envoi de webhook', en: 'Webhook delivery' }, plural: { fr: 'Envois de webhooks', en: 'Webhook deliveries' } },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['webhook', 'event', 'status', 'httpStatus', 'durationMs', 'attempt', 'createdAt'],
    group: { fr: 'API partenaires', en: 'Partner API' },
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req: { user } }) => isAdmin(user),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => isAdmin(user),
  },
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', required: true, index: true, label: { fr: 'Webhook', en: 'Webhook' } },
    { name: 'event', type: 'select', options: [...webhookEvents], required: true, label: { fr: 'Événement', en: 'Event' } },
    { name: 'deliveryId', type: 'text', required: true, index: true, label: { fr: 'Identifiant d’envoi', en: 'Delivery id' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { value: 'delivered', label: { fr: 'Reçu', en: 'Delivered' } },
        { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
      ],
      label: { fr: 'Résultat', en: 'Status' },
    },
    { name: 'httpStatus', type: 'number', label: { fr: 'Code HTTP', en: 'HTTP status' } },
    { name: 'durationMs', type: 'number', label: { fr: 'Durée (ms)', en: 'Duration (ms)' } },
    { name: 'attempt', type: 'number', required: true, label: { fr: 'Tentative', en: 'Attempt' } },
    { name: 'error', type: 'text', maxLength: 500, label: { fr: 'Erreur', en: 'Error' } },
    {
      name: 'body',
      type: 'json',
      label: { fr: 'Contenu envoyé', en: 'Body sent' },
      admin: { components: { Field: '/src/admin/JsonView#JsonView' } },
    },
  ],
}
