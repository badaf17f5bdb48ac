import type { I18nClient } from '@payloadcms/translations'

const subtitle = {
  fr: 'Le hub des téléservices de sécurité : contenus des rédactions',
  en: 'The hub of online security services: newsrooms’ content',
}

/** The login page's mark: the hub's name where Payload shows its own logo. */
export function Logo({ i18n }: { i18n?: I18nClient }) {
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  return (
    <div style={{ textAlign: 'center' }}>
      <div style={{ fontSize: 40, fontWeight: 700, letterSpacing: '-0.02em', lineHeight: 1.1 }}>Relais</div>
      <div style={{ fontSize: 15, color: 'var(--theme-elevation-600)', marginTop: 4 }}>{subtitle[lang]}</div>
    </div>
  )
}
