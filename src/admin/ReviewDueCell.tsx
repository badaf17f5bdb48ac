'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { parisDay } from '../lib/calendarDay'

const words = {
  fr: { due: 'à relire', dueTitle: 'La date de relecture est arrivée : relisez la fiche, puis repoussez la date.' },
  en: { due: 'review due', dueTitle: 'The review date has come: review the sheet, then move the date on.' },
}

const badge = {
  marginInlineStart: 8,
  padding: '1px 6px',
  borderRadius: 3,
  background: 'var(--theme-warning-100)',
  color: 'var(--theme-warning-800)',
  fontSize: 12,
  fontWeight: 600,
  whiteSpace: 'nowrap',
} as const

/** The review day in the sheets list, flagged « à relire » once it has come (French calendar day). */
export function ReviewDueCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' || !cellData) return null
  const w = words[i18n.language === 'en' ? 'en' : 'fr']
  const day = parisDay(cellData)
  const [year, month, date] = day.split('-')
  return (
    <span>
      <time dateTime={day}>{`${date}/${month}/${year}`}</time>
      {day <= parisDay(new Date()) && (
        <span style={badge} title={w.dueTitle}>
          {w.due}
        </span>
      )}
    </span>
  )
}
