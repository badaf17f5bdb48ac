'use client'

import { TextField, useAuth, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect } from 'react'

import { departmentsOutside } from '../access/territory'
import { userDepartments } from '../access/roles'
import { departmentOfCommuneCode } from '../lib/departmentOfCommuneCode'
import { useSay } from './useSay'

/**
 * A unit's department, filled in as the commune's INSEE code is typed, with a warning at once
 * when it lies outside a local editor's territory (the save would be refused). The server
 * derives it again from INSEE's list on save.
 */
export const UnitDepartmentField: TextFieldClientComponent = (props) => {
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<string>({ path })
  const inseeCode = useFormFields(([fields]) => fields['address.inseeCode']?.value)
  const { user } = useAuth()
  const say = useSay()
  const derived = departmentOfCommuneCode(inseeCode)

  useEffect(() => {
    if (derived && derived !== value) setValue(derived)
  }, [derived, value, setValue])

  const editor = user as Parameters<typeof userDepartments>[0]
  const outside = derived ? departmentsOutside(editor, [derived]) : []
  return (
    <div>
      <TextField {...props} />
      {outside.length > 0 && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 13, marginTop: -8 }}>
          {say('unitDepartmentOutside', { department: derived ?? '', departments: userDepartments(editor).join(', ') })}
        </p>
      )}
    </div>
  )
}
