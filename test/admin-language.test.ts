import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminHub, startAdminHub } from './helpers/adminHub'
import { type Finding, foreignTexts, type Lang } from './helpers/adminLanguage'
import { browserAvailable, launchBrowser } from './helpers/browser'

/*
 * The admin's words do not depend on the database: this file runs once (vitest.config.ts). The
 * national editor's pages are the admin's components with fewer collections, so the admin (every
 * page) and the local editor (territory banners, read-only documents) cover what editors see.
 */
const run = browserAvailable()
let hub: AdminHub
let browser: Browser

type Permission = boolean | { permission?: boolean } | undefined
type Access = { collections: Record<string, { create?: Permission }> }
const allowed = (permission: Permission) => permission === true || (typeof permission === 'object' && permission?.permission === true)

type Report = { page: string; findings: Finding[] }

/** A browser session of one demo login in one admin language, with what this role may create. */
async function session(email: string, lang: Lang): Promise<{ context: BrowserContext; page: Page; access: Access }> {
  const login = await fetch(`${hub.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: hub.demoPassword }),
  })
  expect(login.status, email).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const access = (await (await fetch(`${hub.url}/api/access`, { headers: { Authorization: `JWT ${token}` } })).json()) as Access
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
    timezoneId: 'Europe/Paris',
  })
  await context.addCookies([
    { name: 'payload-token', value: token, url: hub.url, httpOnly: true, sameSite: 'Lax' },
    // What the account page's language setting writes.
    { name: 'payload-lng', value: lang, url: hub.url, sameSite: 'Lax' },
  ])
  return { context, page: await context.newPage(), access }
}

async function open(page: Page, path: string) {
  await page.goto(`${hub.url}${path}`, { waitUntil: 'load', timeout: 90_000 })
  // The form or the list is drawn after hydration; the live preview keeps a connection open.
  await page.waitForSelector('.template-default__wrap, .template-minimal', { timeout: 60_000 })
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
}

const documentPath = (page: Page, scope: string) =>
  page.$eval(`${scope} a[href*="/admin/collections/"]`, (a) => new URL((a as HTMLAnchorElement).href).pathname).catch(() => null)

type SharedView = 'live preview' | 'scheduling drawer' | 'versions'

/**
 * Every page an editor of this role reaches: the dashboard, the account, each list, its creation
 * form, a document's form; and the views Payload draws the same for every collection (the live
 * preview, the scheduling drawer, the versions and one version), once, on the first collection
 * that has them: their only texts of a collection are its field labels, which its form shows.
 */
async function walk(page: Page, access: Access, lang: Lang): Promise<Report[]> {
  const reports: Report[] = []
  const seen = new Set<SharedView>()
  /** True the first time the walk meets the view. */
  const once = (view: SharedView) => {
    if (seen.has(view)) return false
    seen.add(view)
    return true
  }
  const check = async (name: string) => {
    let findings = await foreignTexts(page, lang)
    // Payload's server-drawn page holds its English attributes until the admin's scripts run
    // (HardCodedWords); on a loaded machine they may run after the network is idle. A finding
    // still there three seconds later is one.
    for (let look = 0; findings.length > 0 && look < 6; look++) {
      await page.waitForTimeout(500)
      findings = await foreignTexts(page, lang)
    }
    reports.push({ page: name, findings })
  }
  await open(page, '/admin')
  await check('/admin')
  const lists = [
    ...new Set(await page.$$eval('nav a[href^="/admin/collections/"]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
  ]
  expect(lists.length, 'collections in the navigation').toBeGreaterThan(3)
  await open(page, '/admin/account')
  await check('/admin/account')
  for (const list of lists) {
    const slug = list.split('/')[3]
    await open(page, list)
    await check(list)
    const first = await documentPath(page, '.table tbody tr td')
    if (allowed(access.collections[slug]?.create)) {
      await open(page, `${list}/create`)
      await check(`${list}/create`)
    }
    if (!first) continue
    await open(page, first)
    await check(first)
    // A step that cannot be done is a finding too: the page it would check went unchecked.
    const step = async (name: string, action: () => Promise<void>) => {
      try {
        await action()
        await check(name)
      } catch (error) {
        reports.push({ page: name, findings: [{ where: 'the test', text: String(error).split('\n')[0], problem: 'could not be opened' }] })
      }
    }
    if ((await page.locator('#live-preview-toggler').count()) && once('live preview')) {
      await step(`${first} (live preview)`, async () => {
        await page.click('#live-preview-toggler')
        await page.waitForSelector('#live-preview-iframe', { timeout: 30_000 })
        await page.waitForSelector('.live-preview-toolbar, [class*="live-preview"] .popup-button', { timeout: 30_000 })
        await page.waitForTimeout(1000)
      })
      // Closed again, or Payload opens every next document with it.
      await page.click('#live-preview-toggler').catch(() => undefined)
      await open(page, first)
    }
    const publishMenu = page.locator('#action-save').locator('xpath=..').locator('.popup-button').first()
    // The menu opens once the form may be published (a read-only document has none).
    if (!seen.has('scheduling drawer') && (await publishMenu.count()) && (await publishMenu.isEnabled())) {
      await publishMenu.click()
      // Collections without scheduled publishing have the menu for other choices.
      const schedulable = await page.waitForSelector('#schedule-publish', { timeout: 5_000 }).then(
        () => true,
        () => false,
      )
      if (!schedulable) await page.keyboard.press('Escape')
    }
    if ((await page.locator('#schedule-publish').count()) && once('scheduling drawer')) {
      await step(`${first} (scheduling drawer)`, async () => {
        await page.click('#schedule-publish')
        await page.waitForSelector('.schedule-publish .date-time-picker input', { timeout: 30_000 })
        await page.click('.schedule-publish .date-time-picker input')
        await page.waitForSelector('.react-datepicker', { timeout: 10_000 })
        await page.click('.react-datepicker__day:not(.react-datepicker__day--disabled) >> nth=-1')
        await page.waitForTimeout(500)
        // The day and hour as editors write them, in either language: 06/12/2026 16:43.
        const chosen = await page.inputValue('.schedule-publish .date-time-picker input')
        if (!/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(chosen)) {
          reports.push({
            page: `${first} (scheduling drawer)`,
            findings: [{ where: 'the publication date', text: chosen, problem: 'not written dd/mm/yyyy hh:mm' }],
          })
        }
      })
      await open(page, first)
    }
    if ((await page.locator(`a[href="${first}/versions"]`).count()) && once('versions')) {
      await step(`${first}/versions`, () => open(page, `${first}/versions`))
      const version = await page
        .$eval('.table tbody tr td a[href*="/versions/"]', (a) => new URL((a as HTMLAnchorElement).href).pathname)
        .catch(() => null)
      if (version) await step(version, () => open(page, version))
    }
  }
  return reports
}

describe.runIf(run)('the admin speaks one language', () => {
  beforeAll(async () => {
    hub = await startAdminHub()
    browser = await launchBrowser()
  }, 1_200_000)
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  const roles = [
    ['admin@relais.example', 'admin'],
    ['editeur-35@relais.example', 'local-editor'],
  ] as const
  for (const lang of ['fr', 'en'] as const) {
    for (const [email, role] of roles) {
      it(`shows ${email} (${role}) no word of the other language, no [object Object] and no unfilled {{variable}}, admin in ${lang}`, async () => {
        const { context, page, access } = await session(email, lang)
        try {
          const reports = await walk(page, access, lang)
          expect(reports.length).toBeGreaterThan(5)
          expect(reports.filter((report) => report.findings.length > 0)).toEqual([])
        } finally {
          await context.close()
        }
      }, 900_000)
    }
  }
})
