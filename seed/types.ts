import type { Service, Sheet } from '../payload-types'

/** English texts of a seeded document; anything left out falls back to French. */
type English<T extends string> = Partial<Record<T, string>>

export type ServiceSeed = {
  slug: string
  name: string
  acronym?: string
  summary: string
  /** Markdown, converted to rich text when seeded. */
  description: string
  url: string
  category: Service['category']
  audience: string
  /** The audience text as filter values. */
  audiences: NonNullable<Service['audiences']>
  covers?: string
  excludes?: string
  channels: {
    kind: NonNullable<Service['channels']>[number]['kind']
    target?: string
    availability: NonNullable<Service['channels']>[number]['availability']
    /** OpenStreetMap opening_hours, only when an official source gives the hours. */
    hours?: string
    note?: string
  }[]
  languages?: string[]
  languageCount?: number
  operator: Service['operator']
  coverage: { scope: 'national' } | { scope: 'departments'; departments: string[] }
  status: Service['status']
  /** Slug of the service that replaced this one, when status is 'replaced'. */
  replacedBy?: string
  en?: English<'name' | 'summary' | 'audience' | 'covers' | 'excludes'>
}

export type SheetSeed = {
  slug: string
  title: string
  themes: Sheet['themes']
  summary: string
  /** Markdown, converted to rich text when seeded. */
  body: string
  services: string[]
  relatedSheets?: string[]
  audience: NonNullable<Sheet['audience']>
  sources: { title: string; url: string }[]
  /** ISO date (YYYY-MM-DD) of the last change of substance in the official sources. */
  lastSignificantUpdate: string
  reviewDueDate?: string
  en?: English<'title' | 'summary'>
}

export type GuideSeed = {
  slug: string
  title: string
  intro: string
  startStep: string
  steps: {
    key: string
    question: string
    help?: string
    answers: { label: string; next: string }[]
    /** English texts; answers in the same order as in French. */
    en: { question: string; help?: string; answers: string[] }
  }[]
  outcomes: {
    key: string
    title: string
    urgent?: boolean
    advice: string
    evidence?: string
    /** Slugs in seed/content/services.ts and sheets.ts. */
    services: string[]
    sheets: string[]
    suggestUnits?: boolean
    en: { title: string; advice: string; evidence?: string }
  }[]
  en: { title: string; intro: string }
}
