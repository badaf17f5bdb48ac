import type { I18nOptions } from '@payloadcms/translations'

/**
 * Corrections to Payload's French admin texts. Two French strings name their variable in
 * French (`{{titre}}`, `{{étiquette}}`), so Payload never fills it in and the editor reads
 * « Programmer la publication pour {{titre}} »; the scheduling drawer's other labels read
 * better in an editor's words.
 */
export const adminTranslations: NonNullable<I18nOptions<object>['translations']> = {
  fr: {
    general: {
      schedulePublishFor: 'Programmer la publication de « {{title}} »',
      time: 'Date et heure',
    },
    localization: { localeToPublish: 'Langue à publier' },
    version: {
      noRowsSelected: 'Aucun(e) {{label}} sélectionné(e)',
      type: 'Action',
    },
  },
}
