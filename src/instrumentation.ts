/**
 * Starts Payload when the server boots rather than on the first request, so the jobs queue
 * (scheduled publishing) runs even on a hub nobody has visited yet.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
