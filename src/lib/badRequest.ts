import { z } from 'zod'

/**
 * A 4xx whose message names the offending field: `department: unknown department code`.
 * Takes a zod error (every outside input is parsed with zod) or a message already naming it.
 */
export function badRequest(error: z.ZodError | string, status = 400): Response {
  const message =
    typeof error === 'string'
      ? error
      : error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ')
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}
