import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'

import { chromium, type Browser, type Frame, type Page } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Whether the browser tests can run here. Under CI=true a missing Chromium is an error, never a
 * skip; elsewhere the tests are left out with a loud warning.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(chromiumPath)) return true
  if (process.env.CI === 'true')
    throw new Error(`Chromium is missing at ${chromiumPath}: the browser tests cannot run (install the chromium package)`)
  console.warn(`\n*** Chromium is missing at ${chromiumPath}: the browser tests are LEFT OUT. Install it (apt-get install chromium). ***\n`)
  return false
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Listens on a free port of 3300–3399 (the range test servers may use here). */
export async function listenInRange(server: http.Server): Promise<number> {
  const first = 3300 + Math.floor(Math.random() * 100)
  for (let i = 0; i < 100; i++) {
    const port = 3300 + ((first - 3300 + i) % 100)
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => resolve(true))
    })
    if (ok) return port
  }
  throw new Error('no free port between 3300 and 3399')
}

export type HostPage = { body: string; headers?: Record<string, string> }

/** A commune's website, on another origin than the hub: serves the given pages. */
export async function startHostSite(pages: Record<string, HostPage>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://host').pathname]
    if (!page) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers }).end(page.body)
  })
  const port = await listenInRange(server)
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** Errors a page shows in its console, and uncaught exceptions: a widget must cause none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  return errors
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }

/** Serious and critical axe-core violations inside the given elements (or the whole document). */
export async function seriousViolations(target: Page | Frame, selector?: string): Promise<AxeViolation[]> {
  await target.evaluate(axeSource)
  const violations = await target.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const context = sel ? { include: [...document.querySelectorAll(sel)] } : document
    const result = await axe.run(context, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  }, selector)
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
