'use client'

import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/**
 * A JSON field editors read but never write (an import's record, a webhook's body), shown as
 * text. Payload's JSON field is a Monaco editor that its loader fetches from a CDN: a third-party
 * request the admin's CSP refuses (the uncaught `Event` on the unit form), and megabytes of
 * editor for a field nobody edits.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const fieldPath = path ?? field.name
  const { value } = useField<unknown>({ path: fieldPath })
  return (
    <div className="field-type json-view" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <FieldLabel as="span" label={field.label} path={fieldPath} />
      {value == null ? (
        <p>—</p>
      ) : (
        // Focusable so that keyboard users can scroll a long record (RGAA, axe scrollable-region-focusable).
        <pre tabIndex={0} style={{ maxHeight: '20rem', overflow: 'auto', whiteSpace: 'pre-wrap', fontSize: 12, margin: 0 }}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
      <FieldDescription description={field.admin?.description} path={fieldPath} />
    </div>
  )
}
