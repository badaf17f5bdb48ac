import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { browserAvailable, launchBrowser } from './helpers/browser'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

// A hub deployed behind TLS: its public origin is https, while the tests reach it over plain http.
const publicOrigin = 'https://relais.example.test'
let hub: Hub

beforeAll(async () => {
  hub = await startHub({ serverUrl: publicOrigin, browserPort: true })
  await createPeople(hub.payload)
})
afterAll(async () => {
  await hub?.close()
})

const frame = '/embed/v1/frame/units?commune=35238'

describe('the session cookie of an https hub', () => {
  it('is Secure, HttpOnly and SameSite=Lax on login and on logout', async () => {
    const login = await hub.api.post('/api/users/login').send({ email: people.editor.email, password })
    expect(login.status).toBe(200)
    const [cookie] = login.headers['set-cookie'] as unknown as string[]
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    const logout = await hub.api.post('/api/users/logout').set('Authorization', `JWT ${login.body.token}`)
    expect((logout.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/)
  })
})

describe('Permissions-Policy', () => {
  it('is on pages and frames, granting the position to the hub’s own origin only', async () => {
    for (const path of [frame, '/']) {
      const response = await hub.api.get(path).set('Accept', 'text/html')
      expect(response.status, path).toBe(200)
      const policy = response.headers['permissions-policy']
      expect(policy, path).toContain('geolocation=(self)')
      expect(policy, path).toContain('camera=()')
      expect(policy, path).toContain('microphone=()')
      expect(policy, path).toContain('payment=()')
    }
  })

  describe.runIf(browserAvailable())('in Chromium', () => {
    let browser: Browser
    let host: http.Server
    let hostUrl: string

    beforeAll(async () => {
      browser = await launchBrowser()
      // A commune's page on another origin, framing the widget with and without the position.
      host = http.createServer((req, res) => {
        const allow = req.url === '/allow' ? ' allow="geolocation"' : ''
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end(`<!doctype html><title>Commune</title><iframe${allow} src="${hub.url}${frame}"></iframe>`)
      })
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
      hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      await browser?.close()
      host?.closeAllConnections()
      await new Promise<void>((resolve) => host?.close(() => resolve()))
    })

    const featuresIn = async (path: string) => {
      const page = await browser.newPage()
      const warnings: string[] = []
      page.on('console', (message) => warnings.push(message.text()))
      await page.goto(`${hostUrl}${path}`)
      const widget = page.frames().find((candidate) => candidate.url().startsWith(hub.url))
      if (!widget) throw new Error('the widget frame did not load')
      await widget.waitForLoadState('domcontentloaded')
      const allowed = await widget.evaluate(() => {
        const policy = (document as Document & { featurePolicy: { allowsFeature: (feature: string) => boolean } }).featurePolicy
        return { geolocation: policy.allowsFeature('geolocation'), camera: policy.allowsFeature('camera'), payment: policy.allowsFeature('payment') }
      })
      await page.close()
      return { allowed, warnings: warnings.filter((text) => /Permissions-Policy|Feature Policy|Unrecognized feature/i.test(text)) }
    }

    it('lets a frame the host allows ask for the position, and nothing else; every feature is one Chromium knows', async () => {
      const allowed = await featuresIn('/allow')
      expect(allowed.allowed).toEqual({ geolocation: true, camera: false, payment: false })
      expect(allowed.warnings).toEqual([])
      const refused = await featuresIn('/')
      expect(refused.allowed.geolocation).toBe(false)
    })
  })
})
