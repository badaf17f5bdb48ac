import type { CollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News, Service, Sheet } from '../payload-types'
import { seed } from '../seed'
import { createPeople, createUnit, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let sheet: Sheet
let service: Service
const cookies: Record<'editor' | 'local35', string> = { editor: '', local35: '' }

/** A page as a browser opens it, with an editor's session cookie when `as` is given (same-site, as the admin's iframe). */
const page = (path: string, as?: keyof typeof cookies, site = 'same-origin') => {
  const request = hub.api.get(path).set('Accept', 'text/html')
  return as ? request.set('Cookie', `payload-token=${cookies[as]}`).set('Sec-Fetch-Site', site) : request
}

const newsDraft = (title: string, departments: string[]) =>
  ({
    title,
    summary: `Résumé de ${title}`,
    category: 'prevention',
    scope: { level: 'departments', departments },
    publishedAt: new Date().toISOString(),
    _status: 'draft',
  }) as News

beforeAll(async () => {
  hub = await startHub()
  await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
  await createPeople(hub.payload)
  cookies.editor = await hub.login(people.editor.email, password)
  cookies.local35 = await hub.login(people.local35.email, password)
  // A published sheet and service, each with a newer draft that readers must not see yet.
  sheet = (await hub.payload.find({ collection: 'sheets', where: { _status: { equals: 'published' } }, limit: 1 })).docs[0]
  await hub.payload.update({ collection: 'sheets', id: sheet.id, draft: true, locale: 'fr', data: { title: 'Fiche en relecture' } })
  await hub.payload.update({ collection: 'sheets', id: sheet.id, draft: true, locale: 'en', data: { title: 'Sheet under review' } })
  service = (await hub.payload.find({ collection: 'services', where: { slug: { equals: 'thesee' } }, limit: 1 })).docs[0]
  await hub.payload.update({ collection: 'services', id: service.id, draft: true, data: { summary: 'Résumé pas encore relu' } })
})
afterAll(async () => {
  await hub?.close()
})

describe('a reader page asked for with ?preview=1', () => {
  it('never shows a draft to an anonymous reader, and leaves nothing in the shared cache', async () => {
    // An editor previews first: what they saw must not reach anyone else.
    expect((await page(`/fiches/${sheet.slug}?preview=1`, 'editor')).status).toBe(200)
    const refused = await page(`/fiches/${sheet.slug}?preview=1`)
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Aperçu réservé aux rédacteurs')
    expect(refused.text).not.toContain('Fiche en relecture')
    expect(refused.headers['cache-control']).toBe('no-store')
    expect(refused.headers['surrogate-key']).toBeUndefined()
    expect(hub.edge.cache.get(`/fiches/${sheet.slug}?preview=1`)).toBeUndefined()
    // An expired or forged session is no editor either.
    const forged = await hub.api.get(`/fiches/${sheet.slug}?preview=1`).set('Cookie', 'payload-token=not-a-session')
    expect(forged.status).toBe(403)
    expect(forged.text).not.toContain('Fiche en relecture')
    // Another site's page (a link, a frame) carrying the editor's cookie is not the editor.
    const crossSite = await page(`/fiches/${sheet.slug}?preview=1`, 'editor', 'cross-site')
    expect(crossSite.status).toBe(403)
    expect(crossSite.text).not.toContain('Fiche en relecture')

    const published = await page(`/fiches/${sheet.slug}`)
    expect(published.status).toBe(200)
    expect(published.text).toContain(`<h1>${sheet.title}</h1>`)
    expect(published.text).not.toContain('Fiche en relecture')
    expect(published.text).not.toContain('Aperçu')
  })

  it('shows an editor the draft, with the banner and the live preview script, in French and English, for them only', async () => {
    const fr = await page(`/fiches/${sheet.slug}?preview=1`, 'editor')
    expect(fr.status).toBe(200)
    expect(fr.text).toContain('<h1>Fiche en relecture</h1>')
    expect(fr.text).toContain('<strong>Aperçu — brouillon</strong>')
    expect(fr.text).toContain('<meta name="robots" content="noindex"/>')
    expect(fr.headers['cache-control']).toBe('private, no-store')
    expect(fr.headers['surrogate-key']).toBeUndefined()
    // The only script a reader page ever carries, allowed by its hash and nothing else.
    expect(fr.text).toContain("e.data.type==='payload-document-event'")
    expect(fr.headers['content-security-policy']).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'; frame-src 'self'$/)

    const en = await page(`/en/sheets/${sheet.slug}?preview=1`, 'editor')
    expect(en.status).toBe(200)
    expect(en.text).toContain('<html lang="en">')
    expect(en.text).toContain('<h1>Sheet under review</h1>')
    expect(en.text).toContain('<strong>Preview — draft</strong>')

    const serviceFr = await page('/demarches/thesee?preview=1', 'editor')
    expect(serviceFr.text).toContain('Résumé pas encore relu')
    expect(serviceFr.text).toContain('Aperçu — brouillon')
    expect((await page('/demarches/thesee')).text).not.toContain('Résumé pas encore relu')
  })

  it('lets a local editor preview their territory’s draft news, never another department’s', async () => {
    const ours = await hub.payload.create({ collection: 'news', draft: true, data: newsDraft('Brouillon de Rennes', ['35']) })
    const theirs = await hub.payload.create({ collection: 'news', draft: true, data: newsDraft('Brouillon du Loiret', ['45']) })

    const own = await page(`/actualites/${ours.slug}?preview=1`, 'local35')
    expect(own.status).toBe(200)
    expect(own.text).toContain('<h1>Brouillon de Rennes</h1>')
    expect(own.text).toContain('Aperçu — brouillon')

    const other = await page(`/actualites/${theirs.slug}?preview=1`, 'local35')
    expect(other.status).toBe(404)
    expect(other.text).not.toContain('Brouillon du Loiret')
    expect(other.headers['cache-control']).toMatch(/no-store/)

    const national = await page(`/en/news/${theirs.slug}?preview=1`, 'editor')
    expect(national.status).toBe(200)
    expect(national.text).toContain('Preview — draft')
    expect((await page(`/actualites/${theirs.slug}`)).status).toBe(404)
  })

  it('shows an editor a closed unit that readers no longer see', async () => {
    const closed = await createUnit(hub.payload, '35238', 'Brigade fermée de Rennes', { status: 'closed' })
    expect((await page(`/unites/${closed.id}`)).status).toBe(404)
    const preview = await page(`/unites/${closed.id}?preview=1`, 'local35')
    expect(preview.status).toBe(200)
    expect(preview.text).toContain('Brigade fermée de Rennes')
    expect(preview.text).toContain('Aperçu — brouillon')
  })
})

describe('the widgets in a preview', () => {
  it('are framed on the preview page, and show the draft to the editor only', async () => {
    const preview = await page(`/fiches/${sheet.slug}?preview=1`, 'editor')
    const frame = `/embed/v1/frame/sheet?slug=${sheet.slug}&amp;lang=fr&amp;preview=1`
    expect(preview.text).toContain(`src="${frame}"`)
    expect(preview.text).toContain('Dans les widgets')

    const framed = await page(frame.replace(/&amp;/g, '&'), 'editor')
    expect(framed.status).toBe(200)
    expect(framed.text).toMatch(/<relais-sheet [^>]*preview=""/)
    expect(framed.headers['cache-control']).toBe('private, no-store')
    expect(framed.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect((await page(frame.replace(/&amp;/g, '&'))).status).toBe(403)

    const data = await page(`/embed/v1/data/sheet?slug=${sheet.slug}&preview=1`, 'editor')
    expect(data.status).toBe(200)
    expect(data.body.sheet.title).toBe('Fiche en relecture')
    expect(data.headers['cache-control']).toBe('private, no-store')
    const anonymous = await hub.api.get(`/embed/v1/data/sheet?slug=${sheet.slug}&preview=1`)
    expect(anonymous.status).toBe(403)
    expect(anonymous.body.detail).toMatch(/^preview: /)
    expect(hub.edge.cache.get(`/embed/v1/data/sheet?slug=${sheet.slug}&preview=1`)).toBeUndefined()
    expect((await hub.api.get(`/embed/v1/data/sheet?slug=${sheet.slug}`)).body.sheet.title).toBe(sheet.title)
  })

  it('say a draft was never published, and show it first in the news widget, where readers will see it once published', async () => {
    const { publishedAt: _never, ...data } = newsDraft('Brouillon jamais publié', ['35'])
    const draft = await hub.payload.create({ collection: 'news', draft: true, data: data })
    const own = await page(`/actualites/${draft.slug}?preview=1`, 'local35')
    expect(own.text).toContain('Brouillon, jamais publié')
    expect(own.text).not.toContain('Publiée le')
    const english = await page(`/en/news/${draft.slug}?preview=1`, 'local35')
    expect(english.text).toContain('Draft, never published')
    const items = (await page('/embed/v1/data/news?department=35&limit=3&preview=1', 'local35')).body.items as { title: string }[]
    expect(items.map((item) => item.title)[0]).toBe('Brouillon jamais publié')
  })

  it('list the territory’s draft news the editor may read, and no other', async () => {
    await hub.payload.create({ collection: 'news', draft: true, data: newsDraft('Brouillon du Loiret pour le widget', ['45']) })
    const titles = async (as: 'editor' | 'local35') =>
      ((await page('/embed/v1/data/news?department=45&limit=50&preview=1', as)).body.items as { title: string }[]).map((item) => item.title)
    expect(await titles('editor')).toContain('Brouillon du Loiret pour le widget')
    expect(await titles('local35')).not.toContain('Brouillon du Loiret pour le widget')
    const readers = (await hub.api.get('/embed/v1/data/news?department=45&limit=50')).body.items as { title: string }[]
    expect(readers.map((item) => item.title)).not.toContain('Brouillon du Loiret pour le widget')
  })
})

describe('the admin’s live preview and preview link', () => {
  const admin = (slug: string) => (hub.config.collections.find((c) => c.slug === slug) as unknown as CollectionConfig).admin!
  const livePreview = (slug: string, data: Record<string, unknown>, code: 'fr' | 'en') =>
    (admin(slug).livePreview!.url as (args: unknown) => string | null)({
      data,
      locale: { code, label: code },
      collectionConfig: hub.config.collections.find((c) => c.slug === slug),
      req: { payload: hub.payload },
    })
  const previewLink = (slug: string, doc: Record<string, unknown>, locale: 'fr' | 'en') =>
    (admin(slug).preview as (doc: unknown, options: unknown) => string | null)(doc, { locale, token: null, req: { payload: hub.payload } })

  it('open each collection’s reader page in the form’s language, drafts included', async () => {
    expect(livePreview('sheets', { slug: 'porter-plainte', _status: 'draft' }, 'fr')).toBe(`${hub.url}/fiches/porter-plainte?preview=1`)
    expect(livePreview('sheets', { slug: 'porter-plainte' }, 'en')).toBe(`${hub.url}/en/sheets/porter-plainte?preview=1`)
    expect(livePreview('news', { slug: 'fete', _status: 'draft' }, 'fr')).toBe(`${hub.url}/actualites/fete?preview=1`)
    expect(livePreview('services', { slug: 'thesee' }, 'en')).toBe(`${hub.url}/en/services/thesee?preview=1`)
    expect(livePreview('units', { id: 42, status: 'closed' }, 'fr')).toBe(`${hub.url}/unites/42?preview=1`)
    // A document not saved yet has no page to show.
    expect(livePreview('news', { title: 'Sans slug' }, 'fr')).toBeNull()
    expect(admin('media').livePreview).toBeUndefined()

    // What the function gives is a page the editor can open.
    const url = new URL(livePreview('sheets', { slug: sheet.slug }, 'fr')!)
    const response = await page(url.pathname + url.search, 'editor')
    expect(response.status).toBe(200)
    expect(response.text).toContain('Fiche en relecture')
  })

  it('link to the page readers see once it is published, and only then', () => {
    expect(previewLink('sheets', { slug: 'porter-plainte', _status: 'published' }, 'fr')).toBe(`${hub.url}/fiches/porter-plainte`)
    expect(previewLink('sheets', { slug: 'porter-plainte', _status: 'draft' }, 'fr')).toBeNull()
    expect(previewLink('news', { slug: 'fete', _status: 'published' }, 'en')).toBe(`${hub.url}/en/news/fete`)
    expect(previewLink('news', { slug: 'fete', _status: 'published', expiresAt: '2020-01-01T00:00:00.000Z' }, 'fr')).toBeNull()
    expect(previewLink('services', { slug: 'thesee', _status: 'published' }, 'fr')).toBe(`${hub.url}/demarches/thesee`)
    expect(previewLink('units', { id: 7, status: 'active' }, 'en')).toBe(`${hub.url}/en/units/7`)
    expect(previewLink('units', { id: 7, status: 'closed' }, 'fr')).toBeNull()
  })
})
