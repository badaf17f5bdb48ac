import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { legibleAccent } from '../plugins/embeds/accentContrast'
import { embedAssetsDir } from '../plugins/embeds/assetsDir'
import { widgetInfo } from '../plugins/embeds/contract'
import { seed } from '../seed'
import { guides } from '../seed/content/guides'
import { readCatalogue } from '../seed/readCatalogue'
import { browserAvailable, type HostPage, launchBrowser, seriousViolations, startHostSite, watchErrors } from './helpers/browser'
import { type Hub, startHub } from './helpers/hub'

const catalogue = readCatalogue()
const sheetTitle = (slug: string) => catalogue.sheets.find((sheet) => sheet.slug === slug)!.title
const cyber = guides.find((guide) => guide.slug === 'cyber')!
const question = (key: string) => cyber.steps.find((step) => step.key === key)!.question
const answer = (key: string, next: string) => cyber.steps.find((step) => step.key === key)!.answers.find((a) => a.next === next)!.label

// Rules a commune's theme might carry: none may break a widget, and the widgets' own CSS must not leak out.
const hostileCss = `
  html { font-size: 10px; }
  body { font-family: Georgia, serif; }
  * { color: #c00 !important; letter-spacing: 3px !important; text-transform: uppercase !important; line-height: 0.9 !important; }
  div, section, p, li, ul, button { display: inline !important; margin: 40px !important; background: yellow !important; }
  button { visibility: hidden !important; }
  a { pointer-events: none !important; font-size: 40px !important; }
  relais-news, relais-services, relais-units, relais-sheet, relais-orienteer { padding: 30px; border: 10px dotted red; font-size: 8px; text-align: center; }
`

const widgets = [
  { tag: 'relais-news', attrs: 'commune="35238" limit="5"', expect: 'Rennes : permanence du bureau', frame: 'news?commune=35238' },
  { tag: 'relais-services', attrs: 'commune="35238"', expect: 'Signalement', frame: 'services?commune=35238' },
  { tag: 'relais-units', attrs: 'commune="35238"', expect: 'Bureau d’aide aux victimes de Rennes', frame: 'units?commune=35238' },
  {
    tag: 'relais-sheet',
    attrs: 'slug="fraude-carte-bancaire"',
    expect: sheetTitle('fraude-carte-bancaire'),
    frame: 'sheet?slug=fraude-carte-bancaire',
  },
  { tag: 'relais-orienteer', attrs: 'guide="cyber"', expect: cyber.title, frame: 'orienteer?guide=cyber' },
]

const run = browserAvailable()
let hub: Hub
let hubOrigin: string
let host: Awaited<ReturnType<typeof startHostSite>>
const hostPages: Record<string, HostPage> = {}
let browser: Browser
let page: Page

const shadowText = (tag: string) => page.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent ?? '', tag)

describe.runIf(run)('widgets in a browser', () => {
  beforeAll(async () => {
    hub = await startHub({ browserPort: true })
    await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
    hubOrigin = hub.url
    const loaderCopy = fs.readFileSync(path.join(embedAssetsDir(), 'loader.js'), 'utf8')
    const scriptPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title><style>${hostileCss}</style>
      <script src="${hubOrigin}/embed/v1/loader.js" async></script></head>
      <body><main><h1>Mairie de Rennes</h1><ul class="host-list"><li>Liste de la mairie</li></ul>
      ${widgets.map((w) => `<${w.tag} ${w.attrs}><a href="https://www.masecurite.interieur.gouv.fr">Ma Sécurité</a></${w.tag}>`).join('\n')}
      </main></body></html>`
    Object.assign(hostPages, {
      '/script': { body: scriptPage },
      '/favicon.ico': { body: '' },
      '/orienteer': {
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Orientation</title><script src="${hubOrigin}/embed/v1/loader.js" async></script></head>
          <body><main><h1>Être aidé</h1><relais-orienteer guide="cyber" heading-level="2"></relais-orienteer></main></body></html>`,
      },
      '/strict-csp': {
        headers: { 'Content-Security-Policy': "script-src 'self'" },
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie stricte</title>
          <script src="/relais-loader.js" data-hub="${hubOrigin}" async></script></head>
          <body><main><h1>Mairie</h1>${widgets.map((w) => `<iframe src="${hubOrigin}/embed/v1/frame/${w.frame}" title="${w.tag}" style="width:100%;height:150px;border:0"></iframe>`).join('\n')}</main></body></html>`,
      },
      '/dark': {
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town hall</title><script src="${hubOrigin}/embed/v1/loader.js" async></script></head>
          <body style="background:#000"><main><h1 style="color:#fff">Town hall</h1>
          ${widgets.map((w) => `<${w.tag} ${w.attrs} appearance="dark" heading-level="3"></${w.tag}>`).join('\n')}</main></body></html>`,
      },
      '/relais-loader.js': { body: loaderCopy, headers: { 'Content-Type': 'text/javascript' } },
      // Each widget as a webmaster pastes it, with no option set.
      '/defaults': {
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title><script src="${hubOrigin}/embed/v1/loader.js" async></script></head>
          <body><main><h1>Mairie de Rennes</h1>${widgets.map((w) => `<${w.tag} ${w.attrs.replace(/ ?limit="\d+"/, '')}></${w.tag}>`).join('\n')}</main></body></html>`,
      },
      '/hub-down': {
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title><script src="http://127.0.0.1:9/embed/v1/loader.js" async></script></head>
          <body><main><h1>Mairie</h1><relais-news commune="35238"><a href="https://www.masecurite.interieur.gouv.fr">Les actualités sur Ma Sécurité</a></relais-news></main></body></html>`,
      },
    })
    host = await startHostSite(hostPages)
    browser = await launchBrowser()
    page = await browser.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await host?.close()
    await hub?.close()
  })

  it('script mode: every widget renders seeded data under hostile CSS, with no console error', async () => {
    const errors = watchErrors(page)
    await page.goto(`${host.origin}/script`)
    for (const widget of widgets) {
      await page.waitForFunction(
        ({ tag, text }) => document.querySelector(tag)?.shadowRoot?.textContent?.includes(text),
        { tag: widget.tag, text: widget.expect },
        { timeout: 15_000 },
      )
    }
    // The host's rules do not reach inside, the widget's rules do not reach out, the font is the host's.
    const styles = await page.evaluate(() => {
      const root = document.querySelector('relais-services')!.shadowRoot!
      const container = root.querySelector<HTMLElement>('.root')!
      const button = root.querySelector<HTMLElement>('select, button')
      return {
        letterSpacing: getComputedStyle(container).letterSpacing,
        transform: getComputedStyle(container).textTransform,
        color: getComputedStyle(container).color,
        fontFamily: getComputedStyle(container).fontFamily,
        controlVisible: button ? getComputedStyle(button).visibility : 'none',
        hostDisplay: getComputedStyle(document.querySelector('relais-services')!).display,
        hostList: getComputedStyle(document.querySelector('.host-list')!).listStyleType,
      }
    })
    expect(styles).toEqual({
      letterSpacing: 'normal',
      transform: 'none',
      color: 'rgb(30, 30, 30)',
      fontFamily: 'Georgia, serif',
      controlVisible: 'visible',
      hostDisplay: 'block',
      hostList: 'disc',
    })
    expect(await page.evaluate(() => document.cookie)).toBe('')
    expect(errors).toEqual([])
  })

  it('script mode: axe-core finds no serious or critical violation in any widget', async () => {
    const violations = await seriousViolations(page, widgets.map((w) => w.tag).join(', '))
    expect(violations).toEqual([])
  })

  it('dark appearance and English: axe finds no serious or critical violation, headings at the level asked', async () => {
    const errors = watchErrors(page)
    await page.goto(`${host.origin}/dark`)
    await page.waitForFunction(() => document.querySelector('relais-orienteer')?.shadowRoot?.textContent?.includes('Victim of a cyberattack'))
    for (const widget of widgets) {
      await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[aria-busy=false]'), widget.tag)
    }
    expect(
      await page.evaluate(() => document.querySelector('relais-news')!.shadowRoot!.querySelector('[part=heading]')!.getAttribute('aria-level')),
    ).toBe('3')
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('relais-news')!.shadowRoot!.querySelector('.root')!).backgroundColor),
    ).toBe('rgb(23, 24, 28)')
    expect(await seriousViolations(page, widgets.map((w) => w.tag).join(', '))).toEqual([])
    expect(errors).toEqual([])
  })

  it('script mode: only the hub is contacted, and only for the widgets on the page', async () => {
    const requested: string[] = []
    const fresh = await browser.newPage()
    fresh.on('request', (request) => requested.push(request.url()))
    await fresh.goto(`${host.origin}/orienteer`)
    await fresh.waitForFunction(() => document.querySelector('relais-orienteer')?.shadowRoot?.querySelector('button'))
    const scripts = requested.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname)
    expect(scripts).toContain('/embed/v1/widget-orienteer.js')
    expect(scripts.filter((p) => p.startsWith('/embed/v1/widget-'))).toEqual(['/embed/v1/widget-orienteer.js'])
    expect(requested.every((url) => url.startsWith(host.origin) || url.startsWith(hubOrigin))).toBe(true)
    await fresh.close()
  })

  it('the orienteer can be walked with the keyboard alone, to the right service', async () => {
    const errors = watchErrors(page)
    await page.goto(`${host.origin}/orienteer`)
    await page.waitForFunction(() => document.querySelector('relais-orienteer')?.shadowRoot?.querySelector('button'))
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement?.shadowRoot?.activeElement as HTMLElement | null | undefined
        return active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}: ${active.textContent?.trim().replace(/\s+/g, ' ')}` : ''
      })
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('button: Commencer')
    await page.keyboard.press('Enter')
    expect(await focused()).toBe(`div#current: ${question('qui')}`)
    await page.keyboard.press('Tab')
    expect(await focused()).toBe(`button: ${answer('qui', 'danger')}`)
    await page.keyboard.press('Enter')
    expect(await focused()).toContain(`div#current: ${question('danger')}`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe(`button: ${answer('danger', 'quoi')}`)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe(`button: ${answer('quoi', 'carte')}`)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe(`button: ${answer('carte', 'perceval')}`)
    await page.keyboard.press('Enter')
    expect(await focused()).toBe(`div#current: ${cyber.outcomes.find((outcome) => outcome.key === 'perceval')!.title}`)
    const perceval = catalogue.services.find((service) => service.slug === 'perceval')!
    const link = await page.evaluate(
      (url) => document.querySelector('relais-orienteer')!.shadowRoot!.querySelector(`a[href="${url}"]`)?.textContent,
      perceval.url,
    )
    expect(link).toBe(perceval.acronym)
    // The evidence to keep replaces the advice, and gives the focus back to where it was.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('button#more: Preuves à conserver, à lire aussi')
    await page.keyboard.press('Enter')
    expect(await focused()).toBe('div#aside: Preuves à conserver')
    expect(await shadowText('relais-orienteer')).toContain(cyber.outcomes.find((outcome) => outcome.key === 'perceval')!.evidence)
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe('button: ← Retour aux conseils')
    await page.keyboard.press('Enter')
    expect(await focused()).toBe('button#more: Preuves à conserver, à lire aussi')
    // Back one step, by keyboard: to the navigation.
    await page.keyboard.press('Tab')
    expect(await focused()).toMatch(/Question précédente/)
    await page.keyboard.press('Enter')
    expect(await focused()).toBe(`div#current: ${question('carte')}`)
    expect(await seriousViolations(page, 'relais-orienteer')).toEqual([])
    expect(errors).toEqual([])
  })

  it('keeps every widget under 1000 px by default, in a page and in a frame, at a commune site’s widths', async () => {
    for (const width of [500, 800]) {
      const sized = await browser.newPage({ viewport: { width, height: 900 } })
      await sized.goto(`${host.origin}/defaults`)
      for (const widget of widgets) {
        await sized.waitForFunction(
          (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=container][aria-busy=false]'),
          widget.tag,
          { timeout: 15_000 },
        )
        const height = await sized.evaluate((tag) => document.querySelector(tag)!.getBoundingClientRect().height, widget.tag)
        expect(height, `${widget.tag} at ${width} px`).toBeLessThanOrEqual(1000)
      }
      await sized.goto(`${host.origin}/strict-csp`)
      await sized.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => parseInt(f.style.height) > 150), undefined, {
        timeout: 15_000,
      })
      for (const height of await sized.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => parseInt(f.style.height))))
        expect(height).toBeLessThanOrEqual(1000)
      await sized.close()
    }
  })

  it('offers the reader’s position only where the page may ask for it, and a commune search everywhere', async () => {
    await page.goto(`${host.origin}/script`)
    const units = page.locator('relais-units')
    await units.getByRole('button', { name: 'Utiliser ma position' }).waitFor({ timeout: 15_000 })
    await page.goto(`${host.origin}/strict-csp`)
    const framed = page.frameLocator('iframe[title="relais-units"]').locator('relais-units')
    await framed.getByText('Chercher une autre commune').waitFor({ timeout: 15_000 })
    expect(await framed.getByRole('button', { name: 'Utiliser ma position' }).count()).toBe(0)
    await framed.getByText('Chercher une autre commune').click()
    await framed.getByLabel('Nom ou code postal').fill('45000')
    await framed.getByRole('button', { name: 'Chercher' }).click()
    await framed.getByRole('button', { name: 'Orléans (45)' }).click()
    await framed.getByText('Brigade', { exact: false }).first().waitFor({ timeout: 15_000 })
  })

  it('reserves space while loading, then shows a readable fallback when the data does not come', async () => {
    const errors = watchErrors(page)
    await page.route('**/embed/v1/data/**', (route) => route.abort('connectionrefused'))
    await page.goto(`${host.origin}/orienteer`)
    await page.waitForFunction(() => document.querySelector('relais-orienteer')?.shadowRoot?.querySelector('[part=fallback]'))
    const fallback = await page.evaluate(() => {
      const root = document.querySelector('relais-orienteer')!.shadowRoot!
      return {
        text: root.querySelector('[part=fallback]')!.textContent,
        link: root.querySelector('[part=fallback] a')!.getAttribute('href'),
        status: root.querySelector('[role=status]')!.textContent,
      }
    })
    expect(fallback.text).toContain('momentanément indisponible')
    expect(fallback.link).toBe('https://17cyber.gouv.fr')
    expect(fallback.status).toContain('indisponible')
    await page.unroute('**/embed/v1/data/**')
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([])

    let release = () => {}
    await page.route('**/embed/v1/data/**', async (route) => {
      await new Promise<void>((resolve) => (release = resolve))
      await route.continue().catch(() => {})
    })
    await page.goto(`${host.origin}/orienteer`)
    await page.waitForFunction(() => document.querySelector('relais-orienteer')?.shadowRoot?.querySelector('[aria-busy=true]'))
    const reserved = await page.evaluate(() => document.querySelector('relais-orienteer')!.getBoundingClientRect().height)
    expect(reserved).toBeGreaterThan(150)
    release()
    await page.unroute('**/embed/v1/data/**')
  })

  it('when the hub is down, the element’s own content stays readable and nothing throws', async () => {
    const errors = watchErrors(page)
    await page.goto(`${host.origin}/hub-down`)
    await page.waitForTimeout(500)
    expect(await page.locator('relais-news a').innerText()).toBe('Les actualités sur Ma Sécurité')
    expect(await page.locator('relais-news a').isVisible()).toBe(true)
    expect(errors.filter((e) => !e.includes('Failed to load resource') && !e.includes('ERR_CONNECTION_REFUSED'))).toEqual([])
  })

  it('iframe mode works under a strict CSP (script-src self): data shows and frames take their height', async () => {
    const errors = watchErrors(page)
    await page.goto(`${host.origin}/strict-csp`)
    for (const widget of widgets) {
      const frame = page.frameLocator(`iframe[title="${widget.tag}"]`)
      // Attached rather than visible: the services are in sections the reader opens.
      await frame.locator(widget.tag).getByText(widget.expect, { exact: false }).first().waitFor({ state: 'attached', timeout: 15_000 })
    }
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => parseInt(f.style.height) > 150))
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      expect(await seriousViolations(frame)).toEqual([])
    }
    expect(errors).toEqual([])
  })

  it('the oEmbed answer works as WordPress inserts it: a sandboxed iframe without same-origin', async () => {
    const frameUrl = `${hubOrigin}/embed/v1/frame/orienteer?guide=cyber`
    const oembed = (await (await fetch(`${hubOrigin}/oembed?${new URLSearchParams({ url: frameUrl, format: 'json' })}`)).json()) as { html: string }
    const body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title></head><body><main><h1>Article</h1>${oembed.html}</main></body></html>`
    // Served by the site itself: Chromium treats a page made up by the test as public and blocks its frames to loopback.
    hostPages['/oembed-article'] = { body }
    const errors = watchErrors(page)
    await page.goto(`${host.origin}/oembed-article`)
    await page.frameLocator('iframe.relais-frame').locator('relais-orienteer').getByText('Commencer').waitFor({ timeout: 15_000 })
    expect(await page.locator('iframe.relais-frame').getAttribute('sandbox')).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox')
    expect(errors).toEqual([])
  })

  it('the snippet builder resolves a commune and gives a working snippet for every host', async () => {
    const errors = watchErrors(page)
    await page.goto(`${hubOrigin}/embed`)
    await page.getByLabel('Nom ou code postal').fill('35000')
    await page.waitForFunction(() => (document.getElementById('commune') as HTMLSelectElement).value === '35238')
    // Script: the element holds a link to the hub's page, what an author's WordPress keeps of it.
    await expect
      .poll(() => page.locator('#snippet').inputValue())
      .toBe(
        `<script src="${hubOrigin}/embed/v1/loader.js" async></script>\n<relais-news commune="35238" lang="fr">\n  <a href="${hubOrigin}/communes/35238">Actualités · Rennes</a>\n</relais-news>`,
      )
    await page.waitForFunction(() => document.querySelector('#preview relais-news')?.shadowRoot?.textContent?.includes('Rennes'))
    // The address to paste into WordPress: plain, no &amp;.
    await page.getByLabel('Nombre d’éléments').fill('3')
    await page.getByLabel(/WordPress ou autre site/).check()
    await expect.poll(() => page.locator('#snippet').inputValue()).toBe(`${hubOrigin}/embed/v1/frame/news?commune=35238&limit=3`)
    // Iframe: a title naming what it shows, no border once WordPress drops its style, the loader line.
    await page.getByLabel('Iframe (sites à Content-Security-Policy stricte)').check()
    await expect
      .poll(() => page.locator('#snippet').inputValue())
      .toBe(
        `<iframe src="${hubOrigin}/embed/v1/frame/news?commune=35238&limit=3" title="Actualités · Rennes" width="100%" height="${widgetInfo.news.height}" frameborder="0" loading="lazy"></iframe>\n` +
          `<script src="${hubOrigin}/embed/v1/loader.js" async></script>`,
      )
    expect(await page.locator('#snippet-notice').textContent()).toContain(`le cadre garde ${widgetInfo.news.height} px`)
    await page.getByLabel('Nombre d’éléments').fill('10')
    await page.getByLabel('Nombre d’éléments').press('Tab')
    await expect.poll(() => page.locator('#snippet-notice').textContent()).toMatch(/^La ligne de script est nécessaire/)
    await page.frameLocator('#preview iframe').locator('relais-news').getByText('Rennes', { exact: false }).first().waitFor()
    // Units: their frame may ask for the reader's position.
    await page.getByLabel('Widget', { exact: true }).selectOption('units')
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('title="Commissariats et brigades · Rennes"')
    expect(await page.locator('#snippet').inputValue()).toContain(' allow="geolocation" ')
    expect(await page.getByLabel('Nombre d’éléments').inputValue()).toBe('3')
    expect(await seriousViolations(page, 'main')).toEqual([])
    expect(errors).toEqual([])
  })

  it('the snippet builder writes an accent only when one is chosen, legible on the background the widget shows', async () => {
    const errors = watchErrors(page)
    await page.goto(`${hubOrigin}/embed`)
    await page.getByLabel('Nom ou code postal').fill('35000')
    await page.waitForFunction(() => (document.getElementById('commune') as HTMLSelectElement).value === '35238')
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('<relais-news')
    expect(await page.locator('#snippet').inputValue()).not.toContain('accent')
    await page.getByLabel('Apparence').selectOption('auto')
    await page.getByLabel(/Choisir une couleur d’accent/).check()
    // #00358e, 1.6:1 on the dark background: kept for the light palette, made lighter for the dark one.
    await page.getByLabel('Couleur d’accent', { exact: true }).fill('#00358e')
    const dark = legibleAccent('#00358e', 'dark')
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain(`style="--relais-accent: #00358e; --relais-accent-dark: ${dark}"`)
    expect(await page.locator('#accent-status').textContent()).toContain(`Sur fond sombre, il utilisera ${dark}`)
    await page.getByLabel('Apparence').selectOption('dark')
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain(`style="--relais-accent-dark: ${dark}"`)
    expect(await page.locator('#accent-status').textContent()).toContain(`#00358e n’atteint que 1,6:1 sur fond sombre`)
    await page.waitForFunction(() => document.querySelector('#preview relais-news')?.shadowRoot?.querySelector('[aria-busy=false]'))
    expect(await seriousViolations(page, '#preview')).toEqual([])
    // The same accent in a frame, on a reader's dark system.
    await page.getByLabel('Apparence').selectOption('auto')
    await page.getByLabel('Iframe (sites à Content-Security-Policy stricte)').check()
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('appearance=auto&accent=%2300358e')
    const framed = await browser.newPage({ colorScheme: 'dark' })
    await framed.goto(`${hubOrigin}/embed/v1/frame/news?commune=35238&appearance=auto&accent=%2300358e`)
    await framed.waitForFunction(() => document.querySelector('relais-news')?.shadowRoot?.querySelector('[aria-busy=false]'))
    expect(await framed.evaluate(() => getComputedStyle(document.querySelector('relais-news')!.shadowRoot!.querySelector('a')!).color)).not.toBe(
      'rgb(0, 53, 142)',
    )
    expect(await seriousViolations(framed)).toEqual([])
    await framed.close()
    expect(errors).toEqual([])
  })

  it('the snippet builder loses no click: « Iframe » right after typing a commune', async () => {
    // One column (the preview under the form), scrolled to the bottom: a preview that shrank would pull the form down.
    const small = await browser.newPage({ viewport: { width: 900, height: 1000 } })
    await small.goto(`${hubOrigin}/embed`)
    await small.getByLabel('Nom ou code postal').pressSequentially('35000')
    await small.waitForFunction(() => (document.getElementById('commune') as HTMLSelectElement).value === '35238')
    await small.waitForFunction(() => document.querySelector('#preview relais-news')?.shadowRoot?.querySelector('[aria-busy=false]'))
    // The search field still has the focus: the click makes it lose it (a change event) on the way.
    const iframe = small.getByLabel('Iframe (sites à Content-Security-Policy stricte)')
    await small.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const box = (await iframe.boundingBox())!
    await small.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await small.mouse.down()
    await small.waitForTimeout(150)
    await small.mouse.up()
    expect(await iframe.isChecked()).toBe(true)
    await small.close()
  })
})
