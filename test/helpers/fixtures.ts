import type { Payload } from 'payload'

import type { News, Unit } from '../../payload-types'

export const password = 'test-password-123'

export const people = {
  admin: { email: 'admin@test.example', role: 'admin', departments: [] as string[] },
  editor: { email: 'editor@test.example', role: 'editor', departments: [] as string[] },
  local35: { email: 'local35@test.example', role: 'local-editor', departments: ['35'] },
} as const

export type Person = keyof typeof people

export async function createPeople(payload: Payload): Promise<void> {
  for (const [name, person] of Object.entries(people)) {
    await payload.create({
      collection: 'users',
      data: { ...person, departments: [...person.departments], name, password },
    })
  }
}

export async function createUnit(payload: Payload, inseeCode: string, name: string, extra: Partial<Unit> = {}): Promise<Unit> {
  return payload.create({
    collection: 'units',
    data: {
      name,
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      address: { commune: name, inseeCode },
      ...extra,
    } as Unit,
  })
}

/** A published news item's data, published a minute ago, for payload.create. */
export const newsData = (title: string, scope: News['scope'], extra: Partial<News> = {}) =>
  ({
    title,
    summary: `Résumé de ${title}`,
    category: 'event',
    scope,
    publishedAt: new Date(Date.now() - 60_000).toISOString(),
    _status: 'published',
    ...extra,
  }) as News
