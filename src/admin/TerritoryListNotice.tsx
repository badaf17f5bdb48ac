'use client'

import { Banner, useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import { isLocalEditor, userDepartments } from '../access/roles'
import { allTerritories } from '../access/territory'
import { useSay } from './useSay'

/** Above a local editor's list: which territory it shows, and the way to the rest (read-only). */
export function TerritoryListNotice() {
  const { user } = useAuth()
  const say = useSay()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const editor = user as Parameters<typeof isLocalEditor>[0]
  if (!isLocalEditor(editor)) return null
  const departments = userDepartments(editor).join(', ')
  const showingAll = searchParams.get(allTerritories.param) === allTerritories.value
  const next = new URLSearchParams(searchParams.toString())
  if (showingAll) next.delete(allTerritories.param)
  else next.set(allTerritories.param, allTerritories.value)
  next.delete('page')
  const query = next.toString()
  return (
    <div role="status" style={{ marginBottom: 16 }}>
      <Banner type="info">
        {say(showingAll ? 'listEverything' : 'listOwnTerritory', { departments })}{' '}
        <Link href={query ? `${pathname}?${query}` : pathname}>{say(showingAll ? 'listBackToTerritory' : 'listShowAll')}</Link>
      </Banner>
    </div>
  )
}
