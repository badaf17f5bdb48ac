import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { editorTranslations } from '../src/lib/editorMessages'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let local35: string
let editor: string

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** What a machine reads (the path) and what the editor reads (the message), per field. */
const fieldErrors = (body: ErrorBody) => body.errors.flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))

const nationalNews = { title: 'Alerte nationale', summary: 'Résumé', category: 'alert', scope: { level: 'national' }, _status: 'published' }
const unitIn = (inseeCode: string, extra: Record<string, unknown> = {}) => ({
  name: 'Brigade de test',
  kind: 'gendarmerie-brigade',
  force: 'gendarmerie',
  address: { commune: 'Test', inseeCode },
  ...extra,
})

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
  local35 = await hub.login(people.local35.email, password)
  editor = await hub.login(people.editor.email, password)
})
afterAll(async () => {
  await hub?.close()
})

describe('territory refusals', () => {
  const national = {
    fr: 'Une actualité nationale ne peut être publiée que par la rédaction nationale. Choisissez la portée « Départements » (35).',
    en: 'Only the national newsroom can publish national news. Choose the “Departments” scope (35).',
  }

  it('tell a local editor in French what to do instead of national news, with the field path', async () => {
    const response = await hub.api.post('/api/news').set(auth(local35)).set('Accept-Language', 'fr-FR,fr;q=0.9').send(nationalNews)
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toBe(`scope.level: ${national.fr}`)
    expect(fieldErrors(response.body)).toEqual([{ path: 'scope.level', message: national.fr }])
  })

  it('speak English to an admin set to English, whatever the browser says', async () => {
    const header = await hub.api.post('/api/news').set(auth(local35)).set('Accept-Language', 'en-GB,en;q=0.9').send(nationalNews)
    expect(fieldErrors(header.body)).toEqual([{ path: 'scope.level', message: national.en }])
    // The admin's language setting is the payload-lng cookie; it wins over Accept-Language.
    const setting = await hub.api.post('/api/news').set(auth(local35)).set('Cookie', 'payload-lng=en').set('Accept-Language', 'fr').send(nationalNews)
    expect(setting.body.errors[0].message).toBe(`scope.level: ${national.en}`)
  })

  it('refuse a draft as the admin saves it, in the same words', async () => {
    const draft = await hub.api
      .post('/api/news?draft=true')
      .set(auth(local35))
      .send({ ...nationalNews, _status: 'draft' })
    expect(draft.status).toBe(403)
    expect(fieldErrors(draft.body)).toEqual([{ path: 'scope.level', message: national.fr }])
  })

  it('reach the admin, which reads an error only as application/json, with each message for its field', async () => {
    const session = (await hub.api.post('/api/users/login').send({ email: people.local35.email, password })).headers[
      'set-cookie'
    ] as unknown as string[]
    const cookie = session.map((line) => line.split(';')[0]).join('; ')
    const admin = await hub.api.post('/api/news').set('Cookie', `${cookie}; payload-lng=fr`).set('Origin', hub.url).send(nationalNews)
    expect(admin.status).toBe(403)
    expect(admin.headers['content-type']).toMatch(/^application\/json/)
    expect(fieldErrors(admin.body)).toEqual([{ path: 'scope.level', message: national.fr }])
    // The toast says which field, by its label: the path is for API clients.
    expect(admin.body.errors[0].message).toMatch(/^Le champ suivant n’est pas valide\s: \S/)
    expect(admin.body.errors[0].message).not.toContain('scope.level')
    const client = await hub.api.post('/api/news').set(auth(local35)).send(nationalNews)
    expect(client.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('answer GraphQL in the language asked, with the path first', async () => {
    const mutation = `mutation { createNews(data: { title: "G", summary: "x", category: prevention, scope: { level: national }, publishedAt: "2026-01-01T00:00:00.000Z", source: editor, _status: published }) { id } }`
    const english = await hub.graphql(mutation, {}, local35).set('Accept-Language', 'en')
    expect(english.body.errors[0].message).toBe(`scope.level: ${national.en}`)
    const french = await hub.graphql(mutation, {}, local35)
    expect(french.body.errors[0].message).toBe(`scope.level: ${national.fr}`)
  })

  it('name the departments outside the territory, and the one a unit would be in', async () => {
    const news = await hub.api
      .post('/api/news')
      .set(auth(local35))
      .set('Accept-Language', 'en')
      .send({ ...nationalNews, scope: { level: 'departments', departments: ['35', '45', '56'] } })
    expect(fieldErrors(news.body)).toEqual([
      {
        path: 'scope.departments',
        message:
          'Departments 45 and 56 are outside your territory (35). Remove them from the scope or ask the national newsroom to publish this news item.',
      },
    ])
    const unit = await hub.api.post('/api/units').set(auth(local35)).send(unitIn('45234'))
    expect(unit.status).toBe(403)
    expect(fieldErrors(unit.body)).toEqual([
      {
        path: 'address.inseeCode',
        message:
          'Cette commune est dans le département 45 hors de votre territoire (35). Vérifiez le code INSEE : seule la rédaction du département 45 ou la rédaction nationale peut y enregistrer une unité.',
      },
    ])
  })
})

describe('validation messages', () => {
  const post = (path: string, body: object, language: 'fr' | 'en') => hub.api.post(path).set(auth(editor)).set('Accept-Language', language).send(body)

  it('explain unreadable opening hours in one sentence per language, naming the part at fault', async () => {
    const fr = await post('/api/units', unitIn('35238', { openingHours: 'lundi au vendredi 25h-26h' }), 'fr')
    expect(fr.status).toBe(400)
    expect(fieldErrors(fr.body)).toEqual([
      {
        path: 'openingHours',
        message:
          'Horaires illisibles : « 25h » n’est pas une heure de la journée (de 0h à 24h) ; écrivez-les comme « lundi au vendredi 9h-12h et 14h-18h » ou laissez le champ vide s’ils sont inconnus.',
      },
    ])
    const words = await post('/api/units', unitIn('35238', { openingHours: 'lundi 9h-12h sur rendez-vous' }), 'fr')
    expect(fieldErrors(words.body)[0].message).toMatch(/^Horaires illisibles : « sur rendez-vous » n’est ni un jour ni une heure ;/)
    const en = await post('/api/units', unitIn('35238', { openingHours: 'Mo-Fr 25:00-12:00' }), 'en')
    expect(en.body.errors[0].message).toMatch(/^openingHours: Unreadable hours: “25:00” is not a time of day/)
  })

  it('name the fields by their labels in the admin’s toast, paths kept for API clients', async () => {
    const session = (await hub.api.post('/api/users/login').send({ email: people.editor.email, password })).headers[
      'set-cookie'
    ] as unknown as string[]
    const cookie = session.map((line) => line.split(';')[0]).join('; ')
    const body = unitIn('35238', { openingHours: 'lundi 25h-26h' })
    const admin = await hub.api.post('/api/units').set('Cookie', `${cookie}; payload-lng=fr`).set('Origin', hub.url).send(body)
    expect(admin.status).toBe(400)
    expect(admin.body.errors[0].message).toMatch(/^Le champ suivant n’est pas valide\s: Horaires d’ouverture$/)
    expect(fieldErrors(admin.body)).toEqual([{ path: 'openingHours', message: expect.stringMatching(/^Horaires illisibles : « 25h »/) }])
    const english = await hub.api.post('/api/units').set('Cookie', `${cookie}; payload-lng=en`).set('Origin', hub.url).send(body)
    expect(english.body.errors[0].message).toBe('The following field is invalid: Opening hours')
    const client = await hub.api.post('/api/units').set(auth(editor)).send(body)
    expect(client.body.errors[0].message).toMatch(/^openingHours: Horaires illisibles/)
  })

  it('tell an INSEE code from a postcode', async () => {
    const en = await post('/api/units', unitIn('35000'), 'en')
    expect(fieldErrors(en.body)).toContainEqual({
      path: 'address.inseeCode',
      message: 'Unknown INSEE code: 35000. Type the commune’s INSEE code (5 characters; 35238 for Rennes) and not its postcode.',
    })
  })

  it('say a text is required in French, and why', async () => {
    const fr = await post('/api/news', { ...nationalNews, title: '' }, 'fr')
    expect(fieldErrors(fr.body)).toContainEqual({
      path: 'title',
      message:
        'Obligatoire en français : les lecteurs voient le texte français quand la traduction manque. Remplissez-le d’abord dans la langue « Français ».',
    })
  })

  it('say how long a text may be, in drafts too', async () => {
    const en = await hub.api
      .post('/api/news?draft=true')
      .set(auth(editor))
      .set('Accept-Language', 'en')
      .send({ ...nationalNews, title: 'x'.repeat(301), _status: 'draft' })
    expect(fieldErrors(en.body)).toEqual([{ path: 'title', message: 'At most 300 characters (301 typed): shorten the text.' }])
  })

  it('point at the question of a guide that strands readers', async () => {
    const guide = {
      title: 'Guide',
      startStep: 'who',
      steps: [{ key: 'who', question: 'Qui ?', answers: [{ label: 'Moi', next: 'nowhere' }] }],
      outcomes: [{ key: 'done', title: 'Fini', advice: 'Faites ceci.' }],
      _status: 'published',
    }
    const en = await post('/api/guides', guide, 'en')
    expect(fieldErrors(en.body)).toEqual([
      {
        path: 'steps.0.answers.0.next',
        message: 'The answer “Moi” of the question “who” leads to “nowhere” that is neither a question nor an outcome: correct the key.',
      },
    ])
  })
})

describe('the messages', () => {
  it('exist in French and English alike, with the same variables', () => {
    const { fr, en } = editorTranslations
    expect(Object.keys(en.relais).sort()).toEqual(Object.keys(fr.relais).sort())
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()
    for (const [key, text] of Object.entries(fr.relais)) {
      expect(variables(en.relais[key as keyof typeof en.relais]), key).toEqual(variables(text))
    }
  })
})
