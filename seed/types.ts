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
    /** File names (slugs) in seed/catalogue/services and seed/catalogue/sheets. */
    services: string[]
    sheets: string[]
    suggestUnits?: boolean
    en: { title: string; advice: string; evidence?: string }
  }[]
  en: { title: string; intro: string }
}
