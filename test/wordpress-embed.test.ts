import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed'
import { browserAvailable, launchBrowser } from './helpers/browser'
import { type Hub, startHub } from './helpers/hub'
import { startWordPress, type WordPress, wordpressAvailable } from './helpers/wordpress'

const run = wordpressAvailable() && browserAvailable()
let hub: Hub
let wordpress: WordPress
let browser: Browser

describe.runIf(run)('a widget pasted into a real WordPress post', () => {
  beforeAll(async () => {
    hub = await startHub({ browserPort: true })
    await seed(hub.payload, { demo: true, demoPassword: 'relais-demo' })
    wordpress = await startWordPress(Number(new URL(hub.url).port))
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await wordpress?.close()
    await hub?.close()
  })

  it.each(['author', 'editor'] as const)(
    'a post by an %s shows the widget, sized by WordPress’s embed protocol, and an item leads to the hub’s page',
    async (role) => {
      // What a webmaster pastes: the frame's address alone on a line.
      const post = wordpress.publish(role, `Actualités (${role})`, `Les dernières actualités :\n\n${hub.url}/embed/v1/frame/news?commune=35238\n`)
      const page = await browser.newPage()
      // The widget, its frame and the hub's page must throw and log nothing (WordPress's own missing
      // favicon under PHP's built-in server is the host's business).
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.location().url.startsWith(wordpress.url))
          errors.push(`${message.text()} (${message.location().url})`)
      })
      await page.goto(post)
      const frame = page.locator('iframe.wp-embedded-content')
      await frame.waitFor()
      expect(await frame.getAttribute('sandbox')).toBe('allow-scripts')
      expect(await frame.getAttribute('src')).toMatch(new RegExp(`^${hub.url}/embed/v1/frame/news\\?commune=35238#\\?secret=\\w+$`))
      const inside = page.frameLocator('iframe.wp-embedded-content')
      const title = inside.locator('relais-news a[part="link"]').first()
      await title.waitFor({ timeout: 20_000 })
      // WordPress shows the frame once it has spoken, and sets the height it asked for (200–1000).
      await page.waitForFunction(() => {
        const element = document.querySelector('iframe.wp-embedded-content') as HTMLIFrameElement | null
        return element !== null && !element.getAttribute('style') && Number(element.height) !== 0
      })
      const height = Number(await frame.getAttribute('height'))
      const content = await inside.locator('body').evaluate((body) => Math.ceil(body.ownerDocument.documentElement.getBoundingClientRect().height))
      expect(height).toBe(Math.min(1000, Math.max(200, content)))
      expect(await frame.isVisible()).toBe(true)

      const href = await title.getAttribute('href')
      expect(href).toMatch(new RegExp(`^${hub.url}/actualites/`))
      await title.click()
      await page.waitForURL(href!, { timeout: 10_000 })
      expect(await page.locator('h1').textContent()).toBeTruthy()
      expect(errors).toEqual([])
      await page.close()
    },
  )

  it('the services widget stays within WordPress’s 1000 px, grouped by category', async () => {
    const post = wordpress.publish('editor', 'Démarches', `${hub.url}/embed/v1/frame/services?commune=35238\n`)
    const page = await browser.newPage()
    await page.goto(post)
    const inside = page.frameLocator('iframe.wp-embedded-content')
    await inside.locator('relais-services details').first().waitFor({ timeout: 20_000 })
    const content = await inside.locator('body').evaluate((body) => Math.ceil(body.ownerDocument.documentElement.getBoundingClientRect().height))
    expect(content).toBeLessThanOrEqual(1000)
    await page.close()
  })
})
