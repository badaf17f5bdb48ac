import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { widgetInfo, type WidgetName } from '../plugins/embeds/contract'
import { seed } from '../seed'
import { browserAvailable, type HostPage, launchBrowser, startHostSite } from './helpers/browser'
import { type Hub, startHub } from './helpers/hub'
import { embedBlock, htmlBlock, startWordPress, type WordPress, wordpressAvailable } from './helpers/wordpress'

// What WordPress does with a frame does not depend on the hub's database, whose reads the widgets'
// own suites cover on each adapter: this file runs once (vitest.config.ts).
const run = wordpressAvailable() && browserAvailable()
let hub: Hub
let wordpress: WordPress
let browser: Browser
let host: Awaited<ReturnType<typeof startHostSite>>
const hostPages: Record<string, HostPage> = {}

/** Every `href` of an HTML page, as a browser reads it. */
const hrefsOf = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))

/**
 * A page holding one widget in a frame, as a reader sees it: in a WordPress post (WordPress's
 * sandbox, `allow-scripts` only) or on a site that pastes the hub's own oEmbed HTML (popups
 * allowed). `follow` clicks a link and checks that it leads where it says, in that host's way.
 */
type Host = {
  page: Page
  iframe: Locator
  frame: FrameLocator
  width: number
  follow: (link: Locator) => Promise<void>
  errors: string[]
}

/** What a reader of a WordPress post gets from a link in the frame: WordPress leads the whole page to the hub's page for it. */
async function inWordPress(context: BrowserContext, post: string, width: number, click = true): Promise<Host> {
  const page = await context.newPage()
  await page.setViewportSize({ width, height: 900 })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.startsWith(wordpress.url)) errors.push(`${message.text()} (${message.location().url})`)
  })
  // Where WordPress leads the page is recorded, and the post stays: the next control is clicked in it.
  const led: string[] = []
  await page.route(`${hub.url}/**`, async (route) => {
    if (route.request().isNavigationRequest() && route.request().frame() === page.mainFrame()) {
      led.push(route.request().url())
      // A 204 leaves the page where it is (HTML's rule for navigations), an abort would not.
      return route.fulfill({ status: 204 })
    }
    return route.continue()
  })
  await page.goto(post)
  const iframe = page.locator('iframe.wp-embedded-content')
  await iframe.waitFor()
  expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts')
  const follow = async (link: Locator) => {
    const href = (await link.getAttribute('href'))!
    if (!click) {
      // The same frame in the same sandbox as an author's post, whose walk clicks each link: here
      // each link only has to name the hub's page a click would lead to.
      const page = await link.evaluate((anchor) => {
        for (let node: Node | null = anchor; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null)
          if (node instanceof HTMLElement && node.dataset.relaisPage) return node.dataset.relaisPage
        return null
      })
      expect(href.startsWith(`${hub.url}/`) || page?.startsWith(`${hub.url}/`), href).toBe(true)
      return
    }
    const before = led.length
    await link.click()
    await expect.poll(() => led.length, { message: `WordPress follows ${href}` }).toBe(before + 1)
    const reached = led[before]
    expect(reached.startsWith(`${hub.url}/`), `${href} leads to the hub, not to ${reached}`).toBe(true)
    if (href.startsWith(`${hub.url}/`)) expect(reached).toBe(href)
    else {
      // Another site, or a number to call: the hub's page leads on to it.
      const onward = await fetch(reached)
      expect(onward.status, reached).toBe(200)
      expect(hrefsOf(await onward.text()), `${reached} links on to ${href}`).toContain(href)
    }
  }
  return { page, iframe, frame: page.frameLocator('iframe.wp-embedded-content'), width, follow, errors }
}

/** What a reader of a site that pastes the hub's oEmbed HTML gets: a tab on the link's own address, a call where the device can. */
async function withOembedHtml(context: BrowserContext, frameUrl: string, width: number): Promise<Host> {
  const oembed = (await (await fetch(`${hub.url}/oembed?${new URLSearchParams({ url: frameUrl, format: 'json' })}`)).json()) as { html: string }
  const path = `/article-${Math.random().toString(36).slice(2)}`
  hostPages['/favicon.ico'] = { body: '' }
  hostPages[path] = {
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title></head><body><main><h1>Article</h1>${oembed.html}</main></body></html>`,
  }
  const page = await context.newPage()
  await page.setViewportSize({ width, height: 900 })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    // Chromium says so when a sandbox blocks a popup or a call.
    if (message.type() === 'error' || /sandbox/i.test(message.text())) errors.push(message.text())
  })
  await page.goto(`${host.origin}${path}`)
  const iframe = page.locator('iframe.relais-frame')
  const popups: Page[] = []
  page.on('close', () => void Promise.all(popups.map((popup) => popup.close())))
  const follow = async (link: Locator) => {
    const href = (await link.getAttribute('href'))!
    if (!/^https?:/.test(href)) {
      // A number: this sandbox lets the frame call (allow-popups), so the frame's script must leave
      // the click to the browser. (A real call in headless Chromium would leave later clicks unheard.)
      const leftToTheBrowser = await link.evaluate(
        (anchor) =>
          new Promise<boolean>((resolve) => {
            window.addEventListener(
              'click',
              (event) => {
                resolve(!event.defaultPrevented)
                event.preventDefault()
              },
              { once: true },
            )
            ;(anchor as HTMLElement).click()
          }),
      )
      expect(leftToTheBrowser, href).toBe(true)
      return
    }
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()])
    await popup.waitForURL(href, { waitUntil: 'commit' })
    // Left open until the page closes: closing a tab in headless Chromium leaves the next click in its opener's frame unheard.
    popups.push(popup)
  }
  return { page, iframe, frame: page.frameLocator('iframe.relais-frame'), width, follow, errors }
}

/** Each state a reader reaches fits WordPress's 1000 px and the frame's width, and on a phone the height the builder gives a frame without the loader. */
async function fits(at: Host, widget: WidgetName, state: string): Promise<void> {
  const body = at.frame.locator('body')
  // Once the widget has drawn the state: two animation frames.
  await body.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const content = await body.evaluate((element) => Math.ceil(element.ownerDocument.documentElement.getBoundingClientRect().height))
  expect(content, `${widget}, ${state}, ${at.width} px`).toBeLessThanOrEqual(1000)
  // Nothing reaches past the frame's right edge (a menu, a long word, a marker on its own line is fine).
  const overflowing = await body.evaluate((element) => {
    const width = element.ownerDocument.documentElement.clientWidth
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((child) => [child, ...(child.shadowRoot ? all(child.shadowRoot) : [])])
    return all(element.ownerDocument)
      .filter((child) => child.getBoundingClientRect().right > width + 1 && child.getClientRects().length > 0)
      .map(
        (child) =>
          `<${child.localName}${child.getAttribute('part') ? ` part=${child.getAttribute('part')}` : ''}> ${(child.textContent ?? '').trim().slice(0, 40)}`,
      )
  })
  expect(overflowing, `${widget}, ${state}, ${at.width} px: wider than the frame`).toEqual([])
  // The builder's height holds the widget at its default number of items (past it, the builder says the loader is needed).
  const defaults = !/[?&]limit=/.test((await at.iframe.getAttribute('src')) ?? '')
  if (at.width <= 375 && defaults)
    expect(content, `${widget}, ${state}, in a frame of the builder’s height`).toBeLessThanOrEqual(widgetInfo[widget].height)
  if ((await at.iframe.getAttribute('sandbox')) === 'allow-scripts') {
    // WordPress sets the height the frame asks for (200–1000 px).
    await expect.poll(() => at.iframe.getAttribute('height'), { message: `${widget}, ${state}` }).toBe(String(Math.min(1000, Math.max(200, content))))
  }
}

/** Walks every control of each widget, checking each link and each state's height. */
const walks: Record<WidgetName, { frame: string; walk: (at: Host) => Promise<void> }> = {
  news: {
    frame: 'news?commune=35238',
    walk: async (at) => {
      const news = at.frame.locator('relais-news')
      await news.locator('[part=item] a').first().waitFor({ timeout: 20_000 })
      await fits(at, 'news', 'five items')
      await at.follow(news.locator('[part=item] a').first())
      await at.follow(news.getByRole('link', { name: 'Toutes les actualités de la commune' }))
    },
  },
  services: {
    frame: 'services?commune=35238',
    walk: async (at) => {
      const services = at.frame.locator('relais-services')
      const audience = services.getByLabel('Pour qui')
      await audience.waitFor({ timeout: 20_000 })
      await fits(at, 'services', 'categories')
      await audience.selectOption('organisations')
      await fits(at, 'services', 'an audience chosen')
      await audience.selectOption({ index: 0 })
      for (const category of await services
        .locator('[data-category]')
        .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.category!))) {
        await services.locator(`[data-category="${category}"]`).click()
        await fits(at, 'services', `category ${category}`)
        const next = services.getByRole('button', { name: /Suivantes/ })
        if (await next.count()) {
          await next.click()
          await fits(at, 'services', `category ${category}, next page`)
          await services.getByRole('button', { name: /Précédentes/ }).click()
        }
        await services.getByRole('button', { name: /Toutes les catégories/ }).click()
      }
      await services.locator('[data-category="report"]').click()
      const item = services.locator('[part=item]').first()
      await at.follow(item.locator('[role=heading] a'))
      await at.follow(item.getByRole('link', { name: /Accéder au service/ }))
      // A number to call: the 17, in the report category's services.
      let call = services.getByRole('link', { name: /^Appeler/ }).first()
      while (!(await call.count())) {
        await services.getByRole('button', { name: /Suivantes/ }).click()
        call = services.getByRole('link', { name: /^Appeler/ }).first()
      }
      await at.follow(call)
      await at.follow(services.getByRole('link', { name: 'Toutes les démarches sur la page de la commune' }))
    },
  },
  units: {
    frame: 'units?commune=35238&limit=5',
    walk: async (at) => {
      const units = at.frame.locator('relais-units')
      const other = units.getByRole('button', { name: 'Chercher une autre commune' })
      await other.waitFor({ timeout: 20_000 })
      await fits(at, 'units', 'five units')
      // A frame the host did not allow to locate the reader offers no position.
      expect(await units.getByRole('button', { name: 'Utiliser ma position' }).count()).toBe(0)
      const opened = units.locator('[data-index]').first()
      await opened.click()
      await fits(at, 'units', 'a unit’s hours')
      await at.follow(units.locator('#opened a'))
      await at.follow(units.getByRole('link', { name: /^Appeler/ }))
      await units.getByRole('button', { name: /Retour à la liste/ }).click()
      await at.follow(
        units
          .locator('[part=item]')
          .nth(1)
          .getByRole('link', { name: /^Appeler/ }),
      )
      // The commune search, with no form to submit: Enter, then the button.
      await other.click()
      await units.getByLabel('Nom ou code postal').fill('45000')
      await units.getByLabel('Nom ou code postal').press('Enter')
      await units.getByRole('button', { name: 'Orléans (45)' }).waitFor()
      await fits(at, 'units', 'communes found')
      await units.getByLabel('Nom ou code postal').fill('Rennes')
      await units.getByRole('button', { name: 'Chercher', exact: true }).click()
      await units.getByRole('button', { name: 'Rennes (35)' }).click()
      await units.locator('[data-index]').first().waitFor()
      await units.getByRole('button', { name: 'Chercher une autre commune' }).click()
      await units.getByLabel('Nom ou code postal').fill('45000')
      await units.getByRole('button', { name: 'Chercher', exact: true }).click()
      await units.getByRole('button', { name: 'Orléans (45)' }).click()
      // Orléans's list is drawn (whatever units its first items are, at any limit): its link names the commune.
      await units.locator('a[href$="/communes/45234"]').waitFor({ timeout: 15_000 })
      await fits(at, 'units', 'another commune')
      await at.follow(units.getByRole('link', { name: 'Tous les commissariats et brigades de la commune' }))
    },
  },
  sheet: {
    frame: 'sheet?slug=arnaques-en-ligne-preuves',
    walk: async (at) => {
      const sheet = at.frame.locator('relais-sheet')
      const here = sheet.getByRole('button', { name: 'Afficher la fiche ici' })
      await here.waitFor({ timeout: 20_000 })
      await fits(at, 'sheet', 'summary')
      await at.follow(sheet.locator('.section').first().locator('a').first())
      await at.follow(sheet.locator('.section').last().locator('a').first())
      await at.follow(sheet.getByRole('link', { name: /^Et \d+ autres? sur la page de la fiche/ }).first())
      await here.click()
      await fits(at, 'sheet', 'body')
      const inBody = sheet.locator('.body a:visible')
      if (await inBody.count()) await at.follow(inBody.first())
      await at.follow(sheet.getByRole('link', { name: /Lire la fiche en entier/ }))
      await sheet.getByRole('button', { name: /Retour au résumé/ }).click()
      await here.waitFor()
    },
  },
  orienteer: {
    frame: 'orienteer?guide=cyber',
    walk: async (at) => {
      const guide = at.frame.locator('relais-orienteer')
      await guide.getByRole('button', { name: 'Commencer' }).click({ timeout: 20_000 })
      await guide.getByRole('button', { name: 'Un particulier' }).click()
      await guide.getByRole('button', { name: 'Oui' }).click()
      await fits(at, 'orienteer', 'an urgent outcome')
      await at.follow(guide.getByRole('link', { name: '17', exact: true }))
      await at.follow(guide.getByRole('link', { name: '112', exact: true }))
      await at.follow(guide.getByRole('link', { name: 'Trouver un commissariat ou une brigade' }))
      await guide.getByRole('button', { name: /Question précédente/ }).click()
      await guide.getByRole('button', { name: 'Non' }).click()
      await guide.getByRole('button', { name: /Des achats ou des paiements/ }).click()
      await guide.getByRole('button', { name: /Non, elle a été perdue ou volée/ }).click()
      await fits(at, 'orienteer', 'the last step')
      await at.follow(guide.locator('.links a').first())
      await guide.getByRole('button', { name: /Preuves à conserver/ }).click()
      await fits(at, 'orienteer', 'evidence and reading')
      await at.follow(guide.locator('.links a').first())
      await guide.getByRole('button', { name: /Retour aux conseils/ }).click()
      await guide.getByRole('button', { name: 'Recommencer' }).click()
      await guide.getByRole('button', { name: 'Un particulier' }).waitFor()
    },
  },
}

describe.runIf(run)('widgets pasted into a real WordPress', () => {
  let context: BrowserContext
  beforeAll(async () => {
    hub = await startHub({ browserPort: true })
    await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
    wordpress = await startWordPress(Number(new URL(hub.url).port))
    host = await startHostSite(hostPages)
    browser = await launchBrowser()
    context = await browser.newContext()
    // Official sites are not on this machine's network: a tab opened on one gets a page of the test's.
    await context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Site officiel</title>' }))
  })
  afterAll(async () => {
    await browser?.close()
    await host?.close()
    await wordpress?.close()
    await hub?.close()
  })

  describe.each([
    ['author', 375],
    ['editor', 1280],
  ] as const)('in an %s’s post, %i px wide', (role, width) => {
    it.each(Object.keys(walks) as WidgetName[])(
      '%s: every control works, every link leads somewhere, every state fits',
      async (widget) => {
        const frameUrl = `${hub.url}/embed/v1/frame/${walks[widget].frame}`
        // What the block editor saves when a webmaster pastes the address into a post.
        const post = wordpress.publish(role, `${widget} (${role})`, embedBlock(frameUrl))
        const at = await inWordPress(context, post, width, role === 'author')
        expect(await at.iframe.getAttribute('src')).toMatch(new RegExp(`^${frameUrl.replace(/[?.]/g, '\\$&')}#\\?secret=\\w+$`))
        await walks[widget].walk(at)
        // WordPress drops the iframe's style: frameborder="0" keeps its inset border away.
        expect(await at.iframe.evaluate((frame) => getComputedStyle(frame).borderTopWidth)).toBe('0px')
        expect(await at.iframe.getAttribute('title')).not.toContain('Relais')
        expect(at.errors).toEqual([])
        await at.page.close()
      },
      120_000,
    )
  })

  describe('on a site that pastes the hub’s oEmbed HTML, 375 px wide', () => {
    it.each(Object.keys(walks) as WidgetName[])(
      '%s: every control works, every link leads somewhere, every state fits',
      async (widget) => {
        const at = await withOembedHtml(context, `${hub.url}/embed/v1/frame/${walks[widget].frame}`, 375)
        expect(await at.iframe.getAttribute('sandbox')).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox')
        await walks[widget].walk(at)
        expect(at.errors).toEqual([])
        await at.page.close()
      },
      120_000,
    )

    // The walks above show 5 units, past the builder's default: this one checks the frame of the
    // builder's height (no loader) holds the units at their default number, in every state.
    it('units at the builder’s default number: every state fits the builder’s height', async () => {
      const at = await withOembedHtml(context, `${hub.url}/embed/v1/frame/units?commune=35238`, 375)
      await walks.units.walk(at)
      expect(at.errors).toEqual([])
      await at.page.close()
    }, 120_000)
  })

  it('the builder’s address, pasted into a post, shows five units within WordPress’s 1000 px on a phone', async () => {
    const page = await context.newPage()
    await page.goto(`${hub.url}/embed`)
    await page.getByLabel('Widget', { exact: true }).selectOption('units')
    await page.getByLabel('Nom ou code postal').fill('35000')
    await page.waitForFunction(() => (document.getElementById('commune') as HTMLSelectElement).value === '35238')
    await page.getByLabel('Nombre d’éléments').fill('5')
    await page.getByLabel('Nombre d’éléments').press('Tab')
    await page.getByLabel(/WordPress ou autre site/).check()
    await expect.poll(() => page.locator('#snippet').inputValue()).toBe(`${hub.url}/embed/v1/frame/units?commune=35238&limit=5`)
    const address = await page.locator('#snippet').inputValue()
    await page.close()
    const post = wordpress.publish('author', 'Unités', `Les unités près de chez vous :\n\n${embedBlock(address)}`)
    const at = await inWordPress(context, post, 375)
    await at.frame.locator('relais-units [data-index="4"]').waitFor({ timeout: 20_000 })
    await fits(at, 'units', 'five units from the builder')
    expect(await at.iframe.getAttribute('title')).toBe('Commissariats et brigades · Rennes')
    await at.page.close()
  })

  it('the builder’s script snippet: an editor’s post shows the widget, an author’s post keeps a link to the hub’s page', async () => {
    const page = await context.newPage()
    await page.goto(`${hub.url}/embed`)
    await page.getByLabel('Nom ou code postal').fill('35000')
    await page.waitForFunction(() => (document.getElementById('commune') as HTMLSelectElement).value === '35238')
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('<relais-news commune="35238"')
    const snippet = await page.locator('#snippet').inputValue()
    await page.close()

    const editor = await context.newPage()
    await editor.goto(wordpress.publish('editor', 'Actualités (éditeur)', htmlBlock(snippet)))
    await editor.locator('relais-news [part=item] a').first().waitFor({ timeout: 20_000 })
    await editor.close()

    // WordPress strips <script> and unknown elements from an author's HTML: the link inside stays.
    const author = await context.newPage()
    await author.goto(wordpress.publish('author', 'Actualités (auteur)', htmlBlock(snippet)))
    const link = author.getByRole('link', { name: 'Actualités · Rennes' })
    expect(await link.getAttribute('href')).toBe(`${hub.url}/communes/35238`)
    expect(await link.isVisible()).toBe(true)
    expect(await author.locator('relais-news').count()).toBe(0)
    await author.close()
  })
})
