import { createLocalReq, type PayloadRequest, type SelectField, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Unit, User } from '../payload-types'
import { readOnlyReason } from '../src/access/readOnlyReason'
import { departmentOfCommuneCode } from '../src/lib/departmentOfCommuneCode'
import { sayIn } from '../src/lib/editorMessages'
import { departmentOfCommune } from '../src/lib/territories'
import { createPeople, createUnit, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let local35: string
let editor: string
let localUser: User
let editorUser: User
let unit35: Unit
let unit45: Unit

const auth = (token: string) => ({ Authorization: `JWT ${token}` })
const userByEmail = async (email: string) => (await hub.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  local35 = await hub.login(people.local35.email, password)
  editor = await hub.login(people.editor.email, password)
  localUser = { ...(await userByEmail(people.local35.email)), collection: 'users' }
  editorUser = { ...(await userByEmail(people.editor.email)), collection: 'users' }
  unit35 = await createUnit(hub.payload, '35238', 'Brigade de Rennes')
  unit45 = await createUnit(hub.payload, '45234', 'Brigade d’Orléans')
})
afterAll(async () => {
  await hub?.close()
})

const newsWithoutScope = { title: 'Fermeture exceptionnelle', summary: 'Le commissariat ferme vendredi.', category: 'service', _status: 'published' }

describe("a local editor's news form", () => {
  it('opens on the scope "Départements" with their departments, in the form the admin builds', async () => {
    // The admin's create view computes its initial values with this step of Payload's form state.
    const { calculateDefaultValues } = await import('@payloadcms/ui/forms/fieldSchemasToFormState/calculateDefaultValues')
    const formFor = async (user: User) => {
      const req = await createLocalReq({ user: user }, hub.payload)
      const data: { scope?: { level?: string; departments?: string[] } } = {}
      await calculateDefaultValues({
        data,
        fields: hub.payload.collections.news.config.fields,
        locale: 'fr',
        req,
        siblingData: data,
        user: req.user,
      } as never)
      return data
    }
    expect((await formFor(localUser)).scope).toMatchObject({ level: 'departments', departments: ['35'] })
    expect((await formFor(editorUser)).scope).toMatchObject({ level: 'national' })
    expect((await formFor(editorUser)).scope?.departments).toBeUndefined()
  })

  it('saves a news item sent without a scope on their departments, and a national editor’s as national', async () => {
    const local = await hub.api.post('/api/news').set(auth(local35)).send(newsWithoutScope)
    expect(local.status).toBe(201)
    expect(local.body.doc.scope).toMatchObject({ level: 'departments', departments: ['35'] })
    const national = await hub.api
      .post('/api/news')
      .set(auth(editor))
      .send({ ...newsWithoutScope, title: 'Nationale' })
    expect(national.status).toBe(201)
    expect(national.body.doc.scope.level).toBe('national')
  })

  it('does not offer "Nationale" to a local editor, unless the document already has it', async () => {
    const scope = hub.payload.collections.news.config.fields.find((field) => 'name' in field && field.name === 'scope') as { fields: SelectField[] }
    const level = scope.fields.find((field) => field.name === 'level')!
    const offered = (user: User, siblingData: Record<string, unknown> = {}) =>
      level.filterOptions!({ data: {}, options: level.options, req: { user } as PayloadRequest, siblingData }).map((option) =>
        typeof option === 'string' ? option : option.value,
      )
    expect(offered(localUser)).toEqual(['departments', 'communes'])
    expect(offered(localUser, { level: 'national' })).toEqual(['national', 'departments', 'communes'])
    expect(offered(editorUser)).toEqual(['national', 'departments', 'communes'])
  })
})

describe("a local editor's lists", () => {
  const listWhere = async (collection: 'units' | 'news', user: User, query: Record<string, string> = {}) => {
    const filter = hub.payload.collections[collection].config.admin.baseFilter!
    const req = { user, query } as unknown as PayloadRequest
    return filter({ limit: 10, page: 1, req, sort: 'name' }) as Where | null
  }
  const namesListed = async (user: User, query: Record<string, string> = {}) => {
    const where = await listWhere('units', user, query)
    const found = await hub.payload.find({ collection: 'units', where: where ?? {}, user, overrideAccess: false })
    return found.docs.map((doc) => doc.name).sort()
  }

  it('open on their territory, show the rest with ?territory=all, and are not filtered for national staff', async () => {
    expect(await namesListed(localUser)).toEqual(['Brigade de Rennes'])
    expect(await namesListed(localUser, { territory: 'all' })).toEqual(['Brigade de Rennes', 'Brigade d’Orléans'])
    expect(await namesListed(editorUser)).toEqual(['Brigade de Rennes', 'Brigade d’Orléans'])
    expect(await listWhere('news', localUser)).toEqual({ 'scope.departments': { in: ['35'] } })
  })

  it('let them read what lies outside their territory but not change it', async () => {
    expect((await hub.api.get(`/api/units/${unit45.id}`).set(auth(local35))).status).toBe(200)
    expect((await hub.api.patch(`/api/units/${unit45.id}`).set(auth(local35)).send({ phone: '02 38 00 00 00' })).status).toBe(403)
    expect((await hub.api.patch(`/api/units/${unit35.id}`).set(auth(local35)).send({ phone: '02 99 00 00 00' })).status).toBe(200)
  })
})

describe('a document a local editor cannot change', () => {
  const explain = (collection: string, doc: Parameters<typeof readOnlyReason>[1], language: 'fr' | 'en' = 'fr') => {
    const reason = readOnlyReason(collection, doc, localUser)
    return reason && sayIn(language)(reason.key, reason.vars)
  }

  it('says why, and who can change it', () => {
    expect(explain('units', { department: '45' })).toBe(
      'Cette unité relève du département 45 : seule la rédaction de ce département ou la rédaction nationale peut la modifier.',
    )
    expect(explain('units', { department: '45' }, 'en')).toBe(
      'This unit belongs to department 45: only that department’s newsroom or the national newsroom can change it.',
    )
    expect(explain('news', { scopeLevel: 'national' })).toBe('Cette actualité est nationale : seule la rédaction nationale peut la modifier.')
    expect(explain('news', { scopeLevel: 'departments', scopeDepartments: ['35', '45'] })).toBe(
      'Cette actualité atteint aussi le département 45 hors de votre territoire (35) : seule la rédaction nationale peut la modifier.',
    )
  })

  it('says nothing about their own documents, nor to national staff', () => {
    expect(explain('units', { department: '35' })).toBeNull()
    expect(explain('news', { scopeLevel: 'departments', scopeDepartments: ['35'] })).toBeNull()
    expect(readOnlyReason('units', { department: '45' }, editorUser)).toBeNull()
  })
})

describe("a unit's department", () => {
  it('is derived from the INSEE code on save, whatever the client sent', async () => {
    const response = await hub.api
      .post('/api/units')
      .set(auth(local35))
      .send({
        name: 'Brigade de Saint-Malo',
        kind: 'gendarmerie-brigade',
        force: 'gendarmerie',
        address: { commune: 'Saint-Malo', inseeCode: '35288', department: '45' },
      })
    expect(response.status).toBe(201)
    expect(response.body.doc.address.department).toBe('35')
  })

  it('is shown in the form as the code is typed, as INSEE’s list has it', () => {
    for (const code of ['35238', '2A004', '2B033', '97411', '97608', '75056', '01001']) {
      expect(departmentOfCommuneCode(code)).toBe(departmentOfCommune(code))
    }
    expect(departmentOfCommuneCode('3523')).toBeUndefined()
    expect(departmentOfCommuneCode('35 238')).toBeUndefined()
  })
})
