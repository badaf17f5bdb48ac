import crypto from 'node:crypto'
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLoginThrottle, loginLimits } from '../src/lib/loginThrottle'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub

type Answer = { status: number; body: Record<string, unknown> }

/** A request from a given loopback address: the hub counts the address it sees on the socket. */
function postFrom(address: string, path: string, body: unknown): Promise<Answer> {
  const url = new URL(path, hub.url)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        headers: { 'Content-Type': 'application/json' },
      },
      (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }))
      },
    )
    request.on('error', reject)
    request.end(JSON.stringify(body))
  })
}

const login = (address: string, email: string, secret: string) => postFrom(address, '/api/users/login', { email, password: secret })

beforeAll(async () => {
  hub = await startHub()
  await createPeople(hub.payload)
})
afterAll(async () => {
  await hub?.close()
})

describe('failed logins', () => {
  it('lock an account from the address that failed, never from another one', async () => {
    const { points } = loginLimits.perAccountAndAddress
    const wrong: Answer[] = []
    for (let i = 0; i < points; i++) wrong.push(await login('127.0.0.2', people.admin.email, `wrong-${i}`))
    expect(wrong.map((answer) => answer.status)).toEqual(Array(points).fill(401))

    const lockedOut = await login('127.0.0.2', people.admin.email, password)
    expect(lockedOut.status).toBe(401)
    const elsewhere = await login('127.0.0.3', people.admin.email, password)
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.body.token).toBeTruthy()
  })

  it('get one answer whether the account is unknown, locked or the password wrong', async () => {
    const unknown = await login('127.0.0.4', 'personne@test.example', 'whatever-123')
    const wrongPassword = await login('127.0.0.4', people.editor.email, 'whatever-123')
    const locked = await login('127.0.0.2', people.admin.email, password)
    expect(unknown).toEqual(wrongPassword)
    expect(locked).toEqual(wrongPassword)
    expect(wrongPassword.status).toBe(401)
    expect(JSON.stringify(wrongPassword.body)).not.toMatch(/lock|verrouill/i)
  })

  it('are forgotten after a successful login', async () => {
    const failures = loginLimits.perAccountAndAddress.points - 1
    for (const round of [1, 2]) {
      for (let i = 0; i < failures; i++) expect((await login('127.0.0.5', people.editor.email, `wrong-${round}-${i}`)).status).toBe(401)
      expect((await login('127.0.0.5', people.editor.email, password)).status).toBe(200)
    }
  })

  it('offer no way round them through GraphQL, which has no login at all', async () => {
    const mutation = `mutation { loginUser(email: "${people.admin.email}", password: "${password}") { token } }`
    const answer = await postFrom('127.0.0.6', '/api/graphql', { query: mutation })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).not.toContain('token')
  })
})

describe('the login throttle', () => {
  const small = {
    perAccountAndAddress: { points: 2, duration: 60, blockDuration: 60 },
    perAddress: { points: 3, duration: 60, blockDuration: 60 },
  }

  it('also slows one address trying many accounts, and no other address', async () => {
    const throttle = createLoginThrottle(undefined, `relais-test-${crypto.randomUUID()}`, small)
    expect(await throttle.attempt('a@test.example', '198.51.100.7')).toBe(true)
    expect(await throttle.attempt('b@test.example', '198.51.100.7')).toBe(true)
    expect(await throttle.attempt('c@test.example', '198.51.100.7')).toBe(true)
    expect(await throttle.attempt('d@test.example', '198.51.100.7')).toBe(false)
    expect(await throttle.attempt('d@test.example', '198.51.100.8')).toBe(true)
    await throttle.close()
  })

  it('shares its counts between hub instances through Redis', async () => {
    const prefix = `relais-test-${crypto.randomUUID()}`
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
    // Its keys expire with their one-minute window: nothing is left to clean up in Redis.
    const first = createLoginThrottle(redisUrl, prefix, small)
    const second = createLoginThrottle(redisUrl, prefix, small)
    try {
      await Promise.all([first.ready(), second.ready()])
      expect(await first.attempt('e@test.example', '198.51.100.9')).toBe(true)
      expect(await second.attempt('e@test.example', '198.51.100.9')).toBe(true)
      expect(await first.attempt('e@test.example', '198.51.100.9')).toBe(false)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })
})
