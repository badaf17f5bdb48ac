import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { promisify } from 'node:util'

import { type LoggerOptions, pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Sheet } from '../payload-types'
import { logRequest } from '../src/lib/requestLog'
import { type Hub, startHub } from './helpers/hub'
import { testDatabaseKind } from './helpers/database'

const root = path.join(import.meta.dirname, '..')
const secret = 'relais-test-secret-0123456789'

/** A command as an operator runs it (`npm run seed`, `npm start`…), with some settings of theirs. */
async function command(script: string, args: string[], env: Record<string, string>) {
  const settings: Record<string, string | undefined> = { ...process.env, PAYLOAD_SECRET: secret, ...env }
  // The operator's settings only: none of the test run's own.
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SERVER_URL', 'TRUSTED_PROXIES', 'PORT', 'NODE_ENV']) if (!(name in env)) delete settings[name]
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/runScript.ts', script, ...args], {
    cwd: root,
    env: settings as NodeJS.ProcessEnv,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )
}

const seedCommand = (env: Record<string, string>) => command('src/cli/seed.ts', ['--no-demo'], env)

/** What an operator reads: exit 1, nothing on stdout, and on stderr the one line expected. */
function expectOneLine(result: { code: number; stdout: string; stderr: string }, line: RegExp) {
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trim().split('\n')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(line)
  expect(result.stderr).not.toMatch(/stack|"err"|stopped|at async/)
}

// These commands are given their own settings (a SQLite file, a PostgreSQL address that does not
// answer): the same whatever the lane, so they run in one.
const ownSettings = testDatabaseKind() === 'sqlite'

describe.runIf(ownSettings)('a setting the hub cannot start with', () => {
  it('names DATABASE_URL, where it tried and what to do', async () => {
    expectOneLine(
      await seedCommand({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/relais' }),
      /^DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1 \(connection refused\)\. Start PostgreSQL there, or correct DATABASE_URL/,
    )
    expectOneLine(await seedCommand({ DATABASE_URL: 'mysql://127.0.0.1/relais' }), /^DATABASE_URL: must start with file:, postgres:\/\//)
    expectOneLine(
      await seedCommand({ DATABASE_URL: 'file:/etc/passwd/relais.db' }),
      /^DATABASE_URL: cannot write the SQLite file \/etc\/passwd\/relais\.db \(part of the path is a file\)/,
    )
  })

  it('names PAYLOAD_SECRET, SERVER_URL and TRUSTED_PROXIES with what to set', async () => {
    expectOneLine(await seedCommand({ PAYLOAD_SECRET: 'short' }), /^PAYLOAD_SECRET: must be at least 16 characters; set a random string/)
    expectOneLine(
      await seedCommand({ SERVER_URL: 'relais.example.fr' }),
      /^SERVER_URL: not an absolute URL; set the hub's public origin, such as https:\/\//,
    )
    expectOneLine(
      await seedCommand({ TRUSTED_PROXIES: '10.0.0.1, proxy' }),
      /^TRUSTED_PROXIES: invalid IP address: proxy; list IP addresses or CIDRs/,
    )
  })

  it('warns of REDIS_URL when Redis does not answer there, in one line, and goes on (the units import too)', async () => {
    const file = path.join('seed', 'opendata', fs.readdirSync(path.join(root, 'seed', 'opendata')).find((name) => name.endsWith('.csv')) as string)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-start-up-'))
    try {
      const result = await command('src/cli/importUnits.ts', [file, '--dry-run'], {
        REDIS_URL: 'redis://127.0.0.1:1',
        DATABASE_URL: `file:${path.join(dir, 'relais.db')}`,
      })
      expect(result.code, result.stderr).toBe(0)
      const warnings = result.stderr.split('\n').filter((line) => line.startsWith('REDIS_URL'))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(
        /^REDIS_URL: cannot connect to Redis at 127\.0\.0\.1:1 \(connection refused\); starting without it: rate limits and persisted queries stay in this instance until Redis answers/,
      )
      expect(result.stderr).not.toMatch(/stack|"err"|at async/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)

  it('stops npm start before it builds anything', async () => {
    const probe = net.createServer()
    const free = await new Promise<number>((resolve) => probe.listen(0, () => resolve((probe.address() as net.AddressInfo).port)))
    await new Promise((resolve) => probe.close(resolve))
    expectOneLine(
      await command('src/cli/start.ts', [], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/relais', PORT: String(free) }),
      /^DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1/,
    )
  })

  it('tells a busy port before printing anything else', async () => {
    const busy = net.createServer()
    const port = await new Promise<number>((resolve) => busy.listen(0, () => resolve((busy.address() as net.AddressInfo).port)))
    try {
      expectOneLine(
        await command('src/cli/start.ts', [], { PORT: String(port) }),
        new RegExp(`^PORT: ${port} is already in use by another program\\. Stop it, or start the hub on another port`),
      )
    } finally {
      busy.close()
    }
  })
})

describe.runIf(ownSettings)('a first seed, as npm start runs it', () => {
  it('prints no warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-start-up-'))
    try {
      const result = await seedCommand({ DATABASE_URL: `file:${path.join(dir, 'relais.db')}`, NODE_ENV: 'production' })
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout).toMatch(/seed: services: \d+ created/)
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/WARN|No email adapter|ERROR/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})

describe("the hub's log", () => {
  let hub: Hub
  let lines: Record<string, unknown>[]
  let draft: Sheet

  beforeAll(async () => {
    hub = await startHub()
    // The logger the config builds (its options and hooks), writing JSON lines here.
    const settings = hub.config.logger as { options: LoggerOptions }
    const capture = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) })
    hub.payload.logger = pino(settings.options, capture)
    draft = await hub.payload.create({ collection: 'sheets', data: { title: 'Brouillon', summary: 'Pas encore publiée' }, draft: true })
  })
  afterAll(async () => {
    await hub?.close()
  })

  const logged = async (request: () => PromiseLike<unknown>) => {
    lines = []
    await request()
    return lines
  }

  it('tells a bad GraphQL argument on one line, without a stack', async () => {
    const log = await logged(() => hub.graphql('{ unitsNear(lat: 100, lng: 2) { distanceKm } }'))
    expect(log).toEqual([
      expect.objectContaining({ level: 30, msg: '400 APIError: lat: a latitude between -90 and 90 expected (GraphQL unitsNear)' }),
    ])
    expect(JSON.stringify(log)).not.toContain('stack')
  })

  it('tells a draft asked for, over GraphQL and REST, on one line without a stack', async () => {
    const graphql = await logged(() => hub.graphql(`{ Sheet(id: ${JSON.stringify(draft.id)}) { title } }`))
    expect(graphql).toEqual([expect.objectContaining({ level: 30, msg: expect.stringMatching(/^404 NotFound: .+ \(GraphQL Sheet\)$/) })])
    const rest = await logged(() => hub.api.get(`/api/sheets/${draft.id}`).expect(404))
    expect(rest).toEqual([expect.objectContaining({ level: 30 })])
    expect(JSON.stringify([...graphql, ...rest])).not.toContain('stack')
  })

  it('writes one line per request: method, path, status, duration, and why a refusal was refused', async () => {
    // The server npm start runs (src/cli/serve.ts) logs every request so, in front of the same edge.
    const served: string[] = []
    const server = http.createServer((req, res) => {
      logRequest(req, res, { info: (line) => served.push(line) })
      void hub.edge.handle(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    try {
      await fetch(`http://127.0.0.1:${port}/api/sheets?limit=1`)
      await fetch(`http://127.0.0.1:${port}/api/units?where[address.inseeCode][equals]=1&limit=abc`)
      await fetch(`http://127.0.0.1:${port}/api/sheets/${draft.id}`, { headers: { 'Accept-Encoding': 'identity' } })
      await expect.poll(() => served.length).toBe(3)
      expect(served[0]).toMatch(/^GET \/api\/sheets\?limit=1 200 \d+(\.\d)? ms$/)
      expect(served[1]).toMatch(/^GET \/api\/units\?\S+ 400 \d+(\.\d)? ms: .*limit/)
      expect(served[2]).toMatch(new RegExp(`^GET /api/sheets/${draft.id} 404 \\d+(\\.\\d)? ms: \\S`))
      // No terminal here: no colour codes in what the hub writes.
      expect(served.join('')).not.toContain('\u001b[')
    } finally {
      server.close()
    }
  })

  it('keeps the stack of a server error', async () => {
    const log = await logged(async () => hub.payload.logger.error({ err: new Error('disk full'), msg: 'GET /api/sheets: disk full' }))
    expect(log).toEqual([
      expect.objectContaining({ level: 50, err: expect.objectContaining({ stack: expect.stringContaining('Error: disk full') }) }),
    ])
  })
})
