import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { dropPostgresTestDatabases } from './database'

/**
 * Each `npm test` run keeps what it creates in a folder of its own: its temporary files (TMPDIR
 * points there, so SQLite databases, media folders, catalogue copies and browser profiles land
 * in it), the id its PostgreSQL databases are named after, and the pid of the process that owns
 * it. Runs of one working copy share a parent folder, so a run can tell which earlier runs of
 * this copy were interrupted (their owner is gone) and clean up after them; other copies' runs
 * are never touched.
 */
// Short: Chromium keeps a socket in its profile folder, and a socket's path has at most 107 bytes.
export const runsRoot = (cwd = process.cwd(), base = os.tmpdir()): string =>
  path.join(base, 'relais-runs', crypto.createHash('sha1').update(cwd).digest('hex').slice(0, 8))

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Processes whose environment names this run: the hubs, servers and browsers it started. */
function processesOf(run: string): number[] {
  if (!fs.existsSync('/proc')) return []
  const mark = `RELAIS_TEST_RUN=${run}\0`
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/environ`, 'latin1').includes(mark)
      } catch {
        return false
      }
    })
    .map(Number)
}

export type Cleanup = { run: string; processes: number; databases: number }

/** Removes what interrupted runs of this working copy left: processes, PostgreSQL databases, files. */
export async function cleanInterruptedRuns(root: string): Promise<Cleanup[]> {
  if (!fs.existsSync(root)) return []
  const cleaned: Cleanup[] = []
  for (const run of fs.readdirSync(root)) {
    const dir = path.join(root, run)
    const ownerFile = path.join(dir, 'owner')
    // A run being started this very moment has no owner written yet.
    if (!fs.existsSync(ownerFile) && Date.now() - fs.statSync(dir).mtimeMs < 60_000) continue
    const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8')) : 0
    if (owner && alive(owner)) continue
    const processes = processesOf(run)
    for (const pid of processes) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Gone meanwhile.
      }
    }
    let databases = 0
    try {
      databases = await dropPostgresTestDatabases(`relais_test_${run}_`)
    } catch {
      // No PostgreSQL here: nothing of this run can be there.
    }
    fs.rmSync(dir, { recursive: true, force: true })
    cleaned.push({ run, processes: processes.length, databases })
  }
  return cleaned
}

/** Starts a run: its folder, owned by this process. Returns its id and folder. */
export function startRun(root: string, run = crypto.randomBytes(4).toString('hex')): { run: string; dir: string } {
  const dir = path.join(root, run)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'owner'), String(process.pid))
  return { run, dir }
}
