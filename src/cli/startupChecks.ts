import net from 'node:net'

import type { Env } from '../lib/env'

/**
 * Set once a command has printed its start-up warnings: the commands it starts (npm start's seed
 * and server) and its starts again after a loading stall inherit it and stay quiet, so an operator
 * reads each warning once.
 */
export const startupWarnedVariable = 'RELAIS_STARTUP_WARNED'

/**
 * Reads the environment and checks the services it names (database, Redis) before anything
 * loads Payload; a problem is printed as it is, one line per variable, and the command exits 1.
 */
export async function checkStartupOrExit(): Promise<Env> {
  const [{ readEnv }, { parseDatabaseUrl }, { checkServices }, { isStartupError }] = await Promise.all([
    import('../lib/env'),
    import('../lib/databaseUrl'),
    import('../lib/startupChecks'),
    import('../lib/startupError'),
  ])
  try {
    const env = readEnv()
    const { warnings } = await checkServices(env, parseDatabaseUrl(env.DATABASE_URL))
    if (process.env[startupWarnedVariable] !== '1') for (const warning of warnings) console.warn(warning)
    process.env[startupWarnedVariable] = '1'
    return env
  } catch (error) {
    if (!isStartupError(error)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

/** Whether something already listens on the port. */
function portInUse(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    // An address this machine does not have is told by the server's own start, naming BIND_ADDRESS.
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'))
    probe.listen(port, host, () => probe.close(() => resolve(false)))
  })
}

/** PORT is a free port number (on BIND_ADDRESS when set), checked before anything is built or printed; otherwise exit 1. */
export async function checkPortOrExit(): Promise<number> {
  const [{ readPort }, { isStartupError }] = await Promise.all([import('../lib/env'), import('../lib/startupError')])
  let port: number
  try {
    port = readPort()
  } catch (error) {
    if (!isStartupError(error)) throw error
    console.error(error.message)
    process.exit(1)
  }
  if (await portInUse(port, process.env.BIND_ADDRESS || undefined)) {
    console.error(`PORT: ${port} is already in use by another program. Stop it, or start the hub on another port: PORT=3001 npm start`)
    process.exit(1)
  }
  return port
}
