'use client'

import { TextField, useAuth, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { userDepartments } from '../access/roles'
import { departmentsOutside } from '../access/territory'
import { useSay } from './useSay'

/**
 * The departments a news item reaches, with a warning as soon as a local editor types one
 * outside their territory: the refusal they would meet on saving, said before they save.
 */
export const NewsDepartmentsField: TextFieldClientComponent = (props) => {
  const { value } = useField<string[]>({ path: props.path ?? props.field.name })
  const { user } = useAuth()
  const say = useSay()
  const editor = user as Parameters<typeof userDepartments>[0]
  const outside = departmentsOutside(editor, Array.isArray(value) ? value.map(String) : [])
  return (
    <div>
      <TextField {...props} />
      {outside.length > 0 && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 13, marginTop: -8 }}>
          {say('newsOutside', { outside: outside.join(', '), departments: userDepartments(editor).join(', '), count: outside.length })}
        </p>
      )}
    </div>
  )
}
