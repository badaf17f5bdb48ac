export const webhookEvents = [
  { value: 'news.published', label: { fr: 'Actualité publiée', en: 'News published' } },
  { value: 'news.updated', label: { fr: 'Actualité modifiée', en: 'News updated' } },
  { value: 'news.unpublished', label: { fr: 'Actualité dépubliée', en: 'News unpublished' } },
  { value: 'sheet.updated', label: { fr: 'Fiche pratique mise à jour', en: 'Sheet updated' } },
  { value: 'service.changed', label: { fr: 'Téléservice modifié', en: 'Service changed' } },
  { value: 'unit.changed', label: { fr: 'Unité modifiée', en: 'Unit changed' } },
] as const

export type WebhookEvent = (typeof webhookEvents)[number]['value']
