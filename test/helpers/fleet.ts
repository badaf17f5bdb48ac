import { getPayload, type Payload } from 'payload'

import { fleetSecret } from '../../bench/hubInstances'

export { fleetEnv, type Instance, pidConnectedTo, runCompiled, sleep, startInstance, stopAll, until } from '../../bench/hubInstances'

/**
 * A Payload of the test process on the fleet's database, for what the test arranges and checks
 * (as a command beside the server would): it runs no job and changes no schema.
 */
export async function fleetPayload(databaseUrl: string, env: Record<string, string> = {}): Promise<Payload> {
  Object.assign(process.env, { DATABASE_URL: databaseUrl, DATABASE_PUSH_SCHEMA: 'false', JOBS_AUTORUN: 'false', PAYLOAD_SECRET: fleetSecret, ...env })
  const { default: configPromise } = await import('../../payload.config')
  return getPayload({ config: await configPromise })
}
