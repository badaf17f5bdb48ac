import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoUsers } from '../seed/demo'
import { type AdminHub, startAdminHub } from './helpers/adminHub'
import { type AxeViolation, browserAvailable, launchBrowser, seriousViolations } from './helpers/browser'

// The admin's pages are the same whatever the database: this file runs once (vitest.config.ts).
const run = browserAvailable()
let hub: AdminHub
let browser: Browser

type Permission = boolean | { permission?: boolean } | undefined
type Access = { collections: Record<string, { create?: Permission; read?: Permission }> }
const allowed = (permission: Permission) => permission === true || (typeof permission === 'object' && permission?.permission === true)

/**
 * Serious axe findings inside Payload's own components, which the hub cannot change without
 * patching Payload: where each sits, by rule. A finding anywhere else (the hub's own fields,
 * labels, colours, or a new rule) fails the test.
 */
const payloadComponents: Record<string, string> = {
  // react-select's open and clear arrows are aria-hidden yet focusable.
  'aria-hidden-focus': '.rs__indicators',
  // The list's "select all" box and react-select's search input are named by a title only.
  'label-title-only': '#select-all, [id^="react-select-"]',
  // The list's row boxes (aria-label=""), react-select's input and the date picker's input are
  // not tied to the field's label.
  label: '.select-row, .rs__control, .date-time-picker',
  // Pagination arrows, "more actions" and date-clear buttons are icons without a name.
  'button-name': '.clickable-arrow, .popup-button, .date-time-picker__clear-button',
  // Lexical's editable area has no name of its own.
  'aria-input-field-name': '.ContentEditable__root',
  // The document tabs put a non-item element directly in their list.
  list: '.doc-tabs__tabs',
  // Array rows' drag handles and a multiple select's sortable values (dnd-kit) are unnamed
  // buttons that hold other controls.
  'aria-command-name': '.collapsible__drag',
  'nested-interactive': '.array-field, .blocks-field, .rs__control',
  // The "Versions" tab is named "Versions" but shows the count beside it.
  'label-content-name-mismatch': '.doc-tab',
}

type Finding = { rule: string; help: string; html: string }

/** Serious violations outside Payload's own components, with the markup at fault. */
async function ownViolations(page: Page, violations: AxeViolation[]): Promise<Finding[]> {
  const nodes = violations.flatMap((v) =>
    v.nodes.map((node) => ({ rule: v.id, help: v.help, target: ([] as unknown[]).concat(node.target).map(String).at(-1) ?? '' })),
  )
  return page.evaluate(
    ({ nodes, known }) =>
      nodes
        .map((node) => ({ ...node, element: document.querySelector(node.target) }))
        .filter((node) => !(known[node.rule] && node.element?.closest(known[node.rule])))
        .map((node) => ({ rule: node.rule, help: node.help, html: (node.element?.outerHTML ?? node.target).slice(0, 300) })),
    { nodes, known: payloadComponents },
  )
}

/** What went wrong on one admin page: uncaught errors, requests that left the hub, refusals by the CSP, serious axe violations. */
type PageReport = { path: string; pageErrors: string[]; foreign: string[]; refused: string[]; violations: Finding[] }

async function visit(page: Page, origin: string, path: string): Promise<PageReport> {
  const report: PageReport = { path, pageErrors: [], foreign: [], refused: [], violations: [] }
  const onError = (error: Error) => report.pageErrors.push(`${error.name}: ${error.message}`)
  const onRequest = (request: { url: () => string }) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) report.foreign.push(url)
  }
  // A request the CSP stops never reaches the network: the browser says so in the console.
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) report.refused.push(message.text())
  }
  page.on('pageerror', onError)
  page.on('request', onRequest)
  page.on('console', onConsole)
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout: 60_000 })
    // The form or the list is drawn after hydration: wait for the admin's content.
    await page.waitForSelector('.template-default__wrap, .template-minimal', { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    report.violations = await ownViolations(page, await seriousViolations(page))
  } finally {
    page.off('pageerror', onError)
    page.off('request', onRequest)
    page.off('console', onConsole)
  }
  return report
}

const problems = (report: PageReport) => report.pageErrors.length + report.foreign.length + report.refused.length + report.violations.length

describe.runIf(run)('the admin in a browser', () => {
  beforeAll(async () => {
    hub = await startAdminHub()
    browser = await launchBrowser()
  }, 900_000)
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  /** A browser session of one demo login, with what Payload says this role may do. */
  async function session(email: string): Promise<{ context: BrowserContext; page: Page; access: Access }> {
    const login = await fetch(`${hub.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: hub.demoPassword }),
    })
    expect(login.status, email).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const access = (await (await fetch(`${hub.url}/api/access`, { headers: { Authorization: `JWT ${token}` } })).json()) as Access
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })
    await context.addCookies([{ name: 'payload-token', value: token, url: hub.url, httpOnly: true, sameSite: 'Lax' }])
    return { context, page: await context.newPage(), access }
  }

  // The national editor's pages are the admin's components with fewer collections (its live
  // preview and uploads are walked below): the admin (every page) and the local editor (territory
  // banners, read-only documents) cover what editors open.
  for (const user of demoUsers('unused').filter((u) => u.role === 'admin' || u.role === 'local-editor')) {
    it(`opens every list, creation form and edit form without an error, a third-party request or a serious axe violation, as ${user.email} (${user.role})`, async () => {
      const { context, page, access } = await session(user.email)
      try {
        const reports: PageReport[] = [await visit(page, hub.url, '/admin')]
        // The collections this role's navigation offers.
        const lists = [
          ...new Set(
            await page.$$eval('nav a[href^="/admin/collections/"]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
          ),
        ]
        expect(lists.length, 'collections in the navigation').toBeGreaterThan(3)
        for (const list of lists) {
          const slug = list.split('/')[3]
          reports.push(await visit(page, hub.url, list))
          if (allowed(access.collections[slug]?.create)) reports.push(await visit(page, hub.url, `${list}/create`))
          const first = await page
            .$eval('.table tbody tr td a[href*="/admin/collections/"]', (a) => new URL((a as HTMLAnchorElement).href).pathname)
            .catch(() => null)
          if (first) reports.push(await visit(page, hub.url, first))
        }
        expect(reports.length).toBeGreaterThan(lists.length)
        expect(reports.filter((report) => problems(report) > 0)).toEqual([])
      } finally {
        await context.close()
      }
    }, 900_000)
  }

  it('shows the editor the draft beside the form, in the reader page and its widget, and again after each save (live preview)', async () => {
    const { context, page } = await session('editeur@relais.example')
    try {
      await page.goto(`${hub.url}/admin/collections/sheets`, { waitUntil: 'networkidle' })
      const edit = await page.$eval('.table tbody tr td a[href*="/admin/collections/sheets/"]', (a) => (a as HTMLAnchorElement).href)
      await page.goto(edit, { waitUntil: 'networkidle' })
      await page.click('#live-preview-toggler')
      await expect.poll(() => page.getAttribute('#live-preview-iframe', 'src')).toMatch(new RegExp(`^${hub.url}/fiches/[a-z0-9-]+\\?preview=1$`))
      const preview = page.frameLocator('#live-preview-iframe')
      await preview.getByText('Aperçu — brouillon').waitFor({ timeout: 30_000 })

      const title = 'Titre changé pour l’aperçu'
      await page.fill('#field-title', title)
      await page.click('#action-save-draft')
      // Saved as a draft: the admin tells the page, which reloads with it, and so does its widget.
      await preview.locator('h1', { hasText: title }).waitFor({ timeout: 30_000 })
      await preview.locator('iframe').scrollIntoViewIfNeeded()
      await preview.frameLocator('iframe').getByText(title).first().waitFor({ timeout: 30_000 })
      // Readers still see the published sheet.
      const published = await (await fetch(new URL(new URL((await page.getAttribute('#live-preview-iframe', 'src'))!).pathname, hub.url))).text()
      expect(published).not.toContain(title)
    } finally {
      await context.close()
    }
  }, 180_000)

  it('marks the alt text as required, and draws avatars without asking anyone else', async () => {
    const { context, page } = await session('editeur@relais.example')
    try {
      const report = await visit(page, hub.url, '/admin/collections/media/create')
      expect(report.foreign).toEqual([])
      const label = page.locator('.field-type.text', { has: page.locator('input[name="alt"]') }).locator('.field-label')
      await expect.poll(() => label.locator('.required').count()).toBe(1)
      expect(await page.$$eval('img', (images) => images.map((img) => img.src).filter((src) => /gravatar/.test(src)))).toEqual([])
    } finally {
      await context.close()
    }
  }, 120_000)

  it('hands a partner key over once, in full, with a copy button, and offers one way to stop it: « Révoquée »', async () => {
    const { context, page } = await session('admin@relais.example')
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hub.url })
      await visit(page, hub.url, '/admin/collections/partners/create')
      await page.fill('#field-name', 'Application de la ville (test)')
      await page.fill('#field-contactEmail', 'contact@ville.example')
      await page.click('#generate-api-key')
      const key = page.locator('#apiKey')
      await expect.poll(() => key.inputValue()).toMatch(/^[0-9a-f-]{36}$/)
      const shown = await key.inputValue()
      expect(await key.getAttribute('type')).toBe('text')
      await expect.poll(() => page.locator('.field-description').allInnerTexts()).toContainEqual(expect.stringMatching(/^Copiez la clé maintenant/))
      await page.locator('.api-key .copy-to-clipboard').click()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown)
      await page.click('#action-save')
      await page.waitForURL(/\/admin\/collections\/partners\/\d+/)
      // The key works for the partner, and once saved it is never shown again.
      const partnerRead = await fetch(`${hub.url}/api/news?limit=1`, { headers: { Authorization: `partners API-Key ${shown}` } })
      expect(partnerRead.status).toBe(200)
      await page.reload({ waitUntil: 'networkidle' })
      expect(await page.locator('#apiKey').inputValue()).not.toBe(shown)
      // One way to revoke, in French.
      expect(await page.locator('#revoke-api-key').isVisible()).toBe(false)
      await page.locator('#field-revoked').check()
      await page.click('#action-save')
      await expect
        .poll(async () => (await fetch(`${hub.url}/api/news?limit=1`, { headers: { Authorization: `partners API-Key ${shown}` } })).status)
        .toBe(401)
    } finally {
      await context.close()
    }
  }, 180_000)
})
