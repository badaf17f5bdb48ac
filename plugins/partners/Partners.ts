import type { CollectionConfig } from 'payload'
import { z } from 'zod'

import { isAdmin } from '../../src/access/roles'

const originSchema = z.url().refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
  message: 'an origin is a scheme and a host (and port), without a path: https://app.ville.example',
})

/**
 * A partner application reading the hub with its own API key. Keys only read what anonymous
 * readers read (partners are not users: access rules grant them nothing more); the key gives
 * them their own rate limit, browser origins and a contact, and can be revoked at once.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  // Keys are managed in the admin; GraphQL is what partners read, not how they are managed.
  graphQL: false,
  labels: { singular: { fr: 'Partenaire', en: 'Partner' }, plural: { fr: 'Partenaires', en: 'Partners' } },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contactEmail', 'revoked', 'updatedAt'],
    group: { fr: 'API partenaires', en: 'Partner API' },
    description: {
      fr: 'Chaque partenaire lit l’API avec sa clé : en-tête « Authorization: partners API-Key <clé> ». Cocher « Révoquée » coupe la clé immédiatement.',
      en: 'Each partner reads the API with its key: header "Authorization: partners API-Key <key>". Ticking "Revoked" stops the key at once.',
    },
  },
  access: {
    read: ({ req: { user } }) => isAdmin(user),
    create: ({ req: { user } }) => isAdmin(user),
    update: ({ req: { user } }) => isAdmin(user),
    delete: ({ req: { user } }) => isAdmin(user),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    { name: 'contactName', type: 'text', label: { fr: 'Contact', en: 'Contact name' } },
    {
      name: 'contactEmail',
      type: 'email',
      required: true,
      label: { fr: 'Courriel du contact', en: 'Contact email' },
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      label: { fr: 'Origines autorisées (navigateur)', en: 'Allowed browser origins' },
      admin: {
        description: {
          fr: 'Sites d’où un navigateur peut utiliser la clé (https://app.ville.example). Vide : appels serveur seulement.',
          en: 'Sites from which a browser may use the key (https://app.city.example). Empty: server-to-server calls only.',
        },
      },
      validate: (value: unknown) => {
        for (const origin of Array.isArray(value) ? value : []) {
          const parsed = originSchema.safeParse(origin)
          if (!parsed.success) return `allowedOrigins: "${origin}": ${parsed.error.issues[0].message}`
        }
        return true
      },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Révoquée', en: 'Revoked' },
      admin: { position: 'sidebar', description: { fr: 'La clé cesse de fonctionner immédiatement.', en: 'The key stops working at once.' } },
    },
    { name: 'notes', type: 'textarea', label: { fr: 'Notes', en: 'Notes' } },
  ],
}
