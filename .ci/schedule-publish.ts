/**
 * Used by .ci/smoke-start: schedules the publication of the seeded demo draft a few seconds
 * from now, as an editor does from the admin, through the hub's own database. The running hub
 * must then publish it by itself.
 */
import { getPayload } from 'payload'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const { docs } = await payload.find({ collection: 'news', where: { slug: { equals: 'demo-brouillon' } }, draft: true })
if (!docs[0]) throw new Error('the seeded draft demo-brouillon is missing')
await payload.jobs.queue({
  task: 'schedulePublish',
  waitUntil: new Date(Date.now() + 3000),
  input: { type: 'publish', doc: { relationTo: 'news', value: docs[0].id } },
})
await payload.destroy()
process.exit(0)
