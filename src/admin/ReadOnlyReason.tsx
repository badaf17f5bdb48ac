'use client'

import { Banner, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import { readOnlyReason } from '../access/readOnlyReason'
import { useSay } from './useSay'

/** Above a document the editor may read but not change: why, and who can change it. */
export const ReadOnlyReason: UIFieldClientComponent = () => {
  const { collectionSlug, hasSavePermission, id } = useDocumentInfo()
  const { user } = useAuth()
  const say = useSay()
  const doc = useFormFields(([fields]) => ({
    department: fields['address.department']?.value,
    scopeLevel: fields['scope.level']?.value,
    scopeDepartments: fields['scope.departments']?.value,
  }))
  if (id === undefined || id === null || hasSavePermission !== false || !collectionSlug) return null
  const reason = readOnlyReason(collectionSlug, doc, user)
  if (!reason) return null
  return (
    <div role="status" style={{ marginBottom: 24 }}>
      <Banner type="info">{say(reason.key, reason.vars)}</Banner>
    </div>
  )
}
