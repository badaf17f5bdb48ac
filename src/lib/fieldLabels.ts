import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { FlattenedField } from 'payload'

/**
 * The label an editor reads for a field path (`scope.departments` → « Départements »), in the
 * admin's language: the innermost named field's label, array indexes skipped. The path itself
 * when no field has it.
 */
export function labelOfPath(fields: FlattenedField[], path: string, i18n: I18nClient): string {
  let current: FlattenedField[] | undefined = fields
  let label: string | undefined
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    const field: FlattenedField | undefined = current?.find((f) => f.name === segment)
    if (!field) break
    if (field.label) label = String(getTranslation(field.label as Parameters<typeof getTranslation>[0], i18n))
    current = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return label ?? path
}
