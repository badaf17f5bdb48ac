import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accentContrast, legibleAccent } from '../plugins/embeds/accentContrast'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let base: string
// Absolute URLs come from the hub's configured origin, whatever Host the request claims.
const get = (path: string) => hub.api.get(path).set('Host', 'attacker.example:8080').set('X-Forwarded-Host', 'attacker.example')

beforeAll(async () => {
  hub = await startHub()
  base = hub.url
})
afterAll(async () => {
  await hub?.close()
})

/** The oEmbed address a consumer discovers on a frame page. */
async function discoveredOembed(path: string): Promise<string> {
  const response = await get(path)
  expect(response.status).toBe(200)
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(response.text)?.[1]
  expect(href).toBeDefined()
  return href!.replace(/&amp;/g, '&')
}

describe('frame pages', () => {
  it('render the widget element with its parameters, the hub scripts only, and oEmbed discovery', async () => {
    const response = await get('/embed/v1/frame/news?commune=35238&limit=3&lang=en&appearance=dark&accent=%23aa0000&heading=3')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    expect(response.headers['x-frame-options']).toBeUndefined()
    expect(response.text).toContain('<html lang="en">')
    // #aa0000 is too dark for the dark palette (2.6:1): the frame makes it lighter, to 4.5:1 at least.
    expect(response.text).toContain(
      `<relais-news commune="35238" lang="en" limit="3" appearance="dark" heading-level="3" style="--relais-accent-dark:${legibleAccent('#aa0000', 'dark')}">`,
    )
    expect(accentContrast(legibleAccent('#aa0000', 'dark'), 'dark')).toBeGreaterThanOrEqual(4.5)
    expect(response.text).toContain('<title>News · Rennes</title>')
    expect(response.text).toContain('<script type="module" src="/embed/v1/widget-news.js"></script>')
    expect(response.text).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="http:\/\/[^"]+\/oembed\?url=http/)
    const again = await get('/embed/v1/frame/news?commune=35238&limit=3&lang=en&appearance=dark&accent=%23aa0000&heading=3').set(
      'If-None-Match',
      response.headers.etag,
    )
    expect(again.status).toBe(304)
  })

  it('refuse bad parameters with a 400 page naming them, and escape what they echo', async () => {
    const bad = await get('/embed/v1/frame/news?commune=%3Cscript%3E').set('Accept', 'text/html')
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('commune: unknown INSEE commune code &quot;&lt;script&gt;&quot;')
    expect(bad.text).not.toContain('<script>')
    expect((await get('/embed/v1/frame/news?accent=red').set('Accept', 'text/html')).text).toContain('accent: a colour such as #0055a4')
    const problem = await get('/embed/v1/frame/news?accent=red').set('Accept', 'application/json')
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(problem.body.errors[0].field).toBe('accent')
    expect((await get('/embed/v1/frame/nothing')).status).toBe(404)
  })
})

describe('accents in frames', () => {
  it('give the light palette a legible accent and, for auto, the dark palette one made lighter', async () => {
    const light = await get('/embed/v1/frame/news?commune=35238&accent=%23ffcc00')
    expect(light.text).toContain(`style="--relais-accent:${legibleAccent('#ffcc00', 'light')}"`)
    expect(legibleAccent('#ffcc00', 'light')).not.toBe('#ffcc00')
    const auto = await get('/embed/v1/frame/news?commune=35238&appearance=auto&accent=%2300358e')
    expect(auto.text).toContain(`style="--relais-accent:#00358e;--relais-accent-dark:${legibleAccent('#00358e', 'dark')}"`)
    for (const palette of ['light', 'dark'] as const) expect(accentContrast(legibleAccent('#00358e', palette), palette)).toBeGreaterThanOrEqual(4.5)
    expect((await get('/embed/v1/frame/news?commune=35238')).text).not.toContain('--relais-accent')
  })
})

describe('pages leading on to official sites', () => {
  it('link on to the site, or to the emergency numbers, in French or English', async () => {
    const annuaire = await get('/embed/v1/official/annuaire')
    expect(annuaire.status).toBe(200)
    expect(annuaire.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(annuaire.text).toContain('<a class="button" href="https://lannuaire.service-public.fr">Continuer vers lannuaire.service-public.fr</a>')
    const urgence = await get('/embed/v1/official/urgence?lang=en')
    expect(urgence.text).toContain('<html lang="en">')
    for (const href of ['tel:17', 'tel:112', 'sms:114']) expect(urgence.text).toContain(`href="${href}"`)
  })

  it('never relay an address they are given, and name what is wrong', async () => {
    const unknown = await get('/embed/v1/official/example.org')
    expect(unknown.status).toBe(404)
    expect(unknown.body.detail).toMatch(/^site: no official site named "example.org"/)
    expect((await get('/embed/v1/official/annuaire?to=https://example.org')).body.detail).toBe('to: unknown parameter')
    expect((await get('/embed/v1/official/annuaire?lang=de')).body.detail).toBe('lang: must be fr or en')
  })
})

describe('oEmbed', () => {
  it('answers a rich embed with the iframe and a blockquote link, found from the frame page', async () => {
    const oembedHref = await discoveredOembed('/embed/v1/frame/sheet?slug=fraude-carte-bancaire')
    expect(oembedHref).toBe(`${base}/oembed?url=${encodeURIComponent(`${base}/embed/v1/frame/sheet?slug=fraude-carte-bancaire`)}&format=json`)
    const response = await get(oembedHref.slice(base.length))
    expect(response.status).toBe(200)
    expect(response.body).toEqual(
      expect.objectContaining({ version: '1.0', type: 'rich', provider_name: 'Relais', title: 'Fiche pratique · Relais', width: 640, height: 900 }),
    )
    const frameUrl = `${base}/embed/v1/frame/sheet?slug=fraude-carte-bancaire`
    // Without the iframe, a consumer shows the link: to the sheet's page, which a reader can read.
    expect(response.body.html).toContain(`<blockquote class="wp-embedded-content"><a href="${base}/fiches/fraude-carte-bancaire">`)
    expect(response.body.html).toContain(`<iframe class="wp-embedded-content relais-frame" src="${frameUrl}"`)
    // WordPress drops the iframe's style: frameborder keeps the browser's inset border away.
    expect(response.body.html).toContain('frameborder="0"')
    expect(response.headers['access-control-allow-origin']).toBe('*')
  })

  it('ignores the parameters consumers add of their own, as WordPress’s dnt=1', async () => {
    const response = await get('/oembed').query({
      url: `${base}/embed/v1/frame/news?commune=35238`,
      format: 'json',
      maxwidth: 500,
      maxheight: 750,
      dnt: 1,
      _: 'x',
    })
    expect(response.status).toBe(200)
    expect(response.body.html).toContain(`<a href="${base}/communes/35238">`)
    expect((await get('/oembed').query({ url: `${base}/embed/v1/frame/news`, maxwidth: 'wide', dnt: 1 })).status).toBe(400)
  })

  it('honours maxwidth and maxheight', async () => {
    const response = await get('/oembed').query({ url: `${base}/embed/v1/frame/news?commune=35238`, maxwidth: 400, maxheight: 300 })
    expect(response.body).toEqual(expect.objectContaining({ width: 400, height: 300 }))
  })

  it('answers 404 for another site’s URL, 501 for XML, 400 for bad widget parameters', async () => {
    expect((await get('/oembed').query({ url: 'https://example.org/embed/v1/frame/news' })).status).toBe(404)
    expect((await get('/oembed').query({ url: `${base}/embed/v1/frame/news`, format: 'xml' })).status).toBe(501)
    const bad = await get('/oembed').query({ url: `${base}/embed/v1/frame/news?limit=500` })
    expect(bad.status).toBe(400)
    expect(bad.body.detail).toBe('url: limit: must be a whole number between 1 and 50')
    expect((await get('/oembed')).body.detail).toMatch(/^url: /)
    expect((await get('/oembed').query({ url: `${base}/embed/v1/frame/news`, maxwidth: '0x200' })).body.detail).toBe(
      'maxwidth: a number of pixels between 100 and 4000',
    )
  })

  it('never echoes a user name or password written into the URL', async () => {
    const response = await get('/oembed').query({ url: base.replace('http://', 'http://admin:secret@') + '/embed/v1/frame/news?commune=35238' })
    expect(response.status).toBe(400)
    expect(response.body.detail).toBe('url: must not contain a user name or password')
    expect(JSON.stringify(response.body)).not.toContain('secret')
    const framed = await get('/oembed').query({ url: `${base}/embed/v1/frame/news?commune=35238#fragment` })
    expect(framed.body.html).toContain(`src="${base}/embed/v1/frame/news?commune=35238"`)
  })
})

describe('widget scripts', () => {
  it('are served with CORS, an ETag, and long caching for hashed chunks', async () => {
    const loader = await get('/embed/v1/loader.js')
    expect(loader.status).toBe(200)
    expect(loader.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(loader.headers['access-control-allow-origin']).toBe('*')
    expect(loader.headers['cache-control']).toMatch(/max-age=300/)
    const widget = await get('/embed/v1/widget-news.js')
    const chunk = /chunk-[A-Z0-9]+\.js/.exec(widget.text)?.[0]
    expect(chunk).toBeDefined()
    const chunkResponse = await get(`/embed/v1/${chunk}`)
    expect(chunkResponse.headers['cache-control']).toMatch(/max-age=31536000/)
    expect((await get('/embed/v1/nope.js')).status).toBe(404)
    expect((await get('/embed/v1/..%2Fpackage.json')).status).toBe(400)
  })
})

describe('the snippet builder page', () => {
  it('is served at /embed', async () => {
    const response = await get('/embed')
    expect(response.status).toBe(200)
    expect(response.text).toContain('<script src="/embed/v1/builder.js" defer></script>')
  })
})
