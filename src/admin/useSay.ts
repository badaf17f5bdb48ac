'use client'

import { useTranslation } from '@payloadcms/ui'

import type { Say } from '../lib/editorMessages'

/** The hub's own messages (src/lib/editorMessages.ts) in the admin's language. */
export function useSay(): Say {
  const { t } = useTranslation()
  return (key, vars) => (t as unknown as (key: string, vars?: Record<string, unknown>) => string)(`relais:${key}`, vars)
}
