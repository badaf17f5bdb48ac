import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed'
import { readCatalogue } from '../seed/readCatalogue'
import { browserAvailable, launchBrowser, seriousViolations, watchErrors } from './helpers/browser'
import { type Hub, startHub } from './helpers/hub'

const run = browserAvailable()
let hub: Hub
let browser: Browser
let page: Page
const catalogue = readCatalogue()

describe.runIf(run)('reader pages in a browser', () => {
  let unitId: number
  beforeAll(async () => {
    hub = await startHub({ browserPort: true })
    await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
    unitId = (await hub.payload.find({ collection: 'units', where: { name: { like: 'Commissariat de police de Rennes' } }, limit: 1 })).docs[0].id
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  const paths = () => [
    `/fiches/${catalogue.sheets[0].slug}`,
    `/en/sheets/${catalogue.sheets[0].slug}`,
    '/demarches/thesee',
    '/en/services/perceval',
    `/unites/${unitId}`,
    '/communes/35238',
    '/en/communes/35238',
    '/actualites/demo-permanence-aide-victimes-rennes',
    '/fiches/introuvable',
  ]

  it('have no serious or critical axe violation, in light and dark, and contact no one but the hub', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const path of paths()) {
        const errors = watchErrors(page)
        const requested: string[] = []
        page.on('request', (request) => requested.push(request.url()))
        await page.goto(`${hub.url}${path}`)
        expect(await seriousViolations(page), `${scheme} ${path}`).toEqual([])
        expect(
          requested.every((url) => url.startsWith(hub.url) || url.startsWith('data:')),
          `${path}: ${requested.join(' ')}`,
        ).toBe(true)
        expect(await page.evaluate(() => document.cookie)).toBe('')
        // The 404 page's own status is the only console line a browser writes.
        expect(
          errors.filter((error) => !/status of 404/.test(error)),
          path,
        ).toEqual([])
        page.removeAllListeners('request')
      }
    }
  })

  it('can be walked with the keyboard: skip link first, then the language switch, then the content', async () => {
    await page.goto(`${hub.url}/communes/35238`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu')
    await page.keyboard.press('Enter')
    expect(page.url()).toBe(`${hub.url}/communes/35238#main`)
    await page.keyboard.press('Tab')
    const next = await page.evaluate(() => ({ tag: document.activeElement?.tagName, inMain: Boolean(document.activeElement?.closest('main')) }))
    expect(next).toEqual({ tag: 'A', inMain: true })
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).toBe('solid')
  })

  it('switch language on the same page, and fit a phone’s width', async () => {
    await page.goto(`${hub.url}/demarches/thesee`)
    await page.click('header a[hreflang="en"]')
    expect(page.url()).toBe(`${hub.url}/en/services/thesee`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })
})
