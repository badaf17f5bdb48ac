import type { Endpoint } from 'payload'
import { z } from 'zod'

import { searchCommunes } from '../../src/lib/communeSearch'
import { departmentOfCommune, findDepartment } from '../../src/lib/territories'
import { problem, publicJson, type PublicEndpointCustom } from '../../src/edge/contract'
import { issuesMessage } from '../../src/lib/fieldMessage'

const query = z.strictObject({
  q: z
    .string({ error: 'q: type a commune name or a postcode' })
    .trim()
    .min(1, { error: 'q: type a commune name or a postcode' })
    .max(80, { error: 'q: 80 characters at most' }),
})

/** GET /embed/v1/communes?q=: resolves a commune name or postcode to INSEE codes for the snippet builder. */
export const communesEndpoint: Endpoint = {
  path: '/embed/v1/communes',
  method: 'get',
  custom: { publicPath: '/embed/v1/communes' } satisfies PublicEndpointCustom,
  handler: async (req) => {
    const parsed = query.safeParse(Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams))
    if (!parsed.success) return problem(400, issuesMessage(parsed.error))
    const communes = searchCommunes(parsed.data.q).map((c) => ({
      code: c.code,
      name: c.name,
      department: c.department,
      departmentName: findDepartment(departmentOfCommune(c.code) ?? '')?.name ?? null,
      postcodes: c.postcodes,
    }))
    // INSEE's list ships with the hub: it changes with a release, never with content.
    return publicJson({ communes }, { tags: ['communes'] })
  },
}
