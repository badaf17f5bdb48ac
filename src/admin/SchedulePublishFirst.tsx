'use client'

import { useDocumentInfo, useModal } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Payload's scheduling drawer preselects "unpublish" unless the document has a draft newer than
 * a published version (PublishButton passes `defaultType` from `unpublishedVersionCount`), so a
 * draft never published opens on « Annuler la publication », the one action that means nothing
 * for it. The drawer takes no option for this: once it is open on such a draft, this picks
 * « Publier » for the editor, through the radio Payload renders (its id is derived from the
 * drawer's slug). Renders nothing.
 */
export function SchedulePublishFirst() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { isModalOpen } = useModal()
  const open = id !== undefined && isModalOpen(`schedule-publish-${id}`)

  useEffect(() => {
    if (!open || hasPublishedDoc) return
    let frame = 0
    let tries = 0
    const pick = () => {
      const radio = document.getElementById(`field-schedule-publish-${id}-type-publish`)
      if (radio instanceof HTMLInputElement) {
        if (!radio.checked) radio.click()
      } else if (++tries < 30) frame = requestAnimationFrame(pick)
    }
    frame = requestAnimationFrame(pick)
    return () => cancelAnimationFrame(frame)
  }, [open, hasPublishedDoc, id])

  return null
}
