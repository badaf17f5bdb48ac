'use client'

import { FieldLabel, useLocale } from '@payloadcms/ui'
import type { FieldLabelClientComponent, TextFieldClient } from 'payload'

/**
 * The label of a text required in French only (src/fields/requiredInFrench.ts), marked as
 * required while the editor writes French: Payload's own mark comes with `required: true`,
 * which would require it in every language.
 */
export const RequiredLabel: FieldLabelClientComponent<TextFieldClient> = ({ field, path }) => {
  const { code } = useLocale()
  return <FieldLabel label={field?.label} localized={field?.localized} path={path} required={code === 'fr'} />
}
