import type { z } from 'zod'

/*
 * How the hub's 4xx answers, the importer's rejections and the CLI name what is wrong: every
 * problem at once (one round trip fixes them all), each led by the field or parameter it is
 * about (`commune: unknown INSEE commune code "1"; lang: must be fr or en`).
 */

const named = (name: string, message: string) => (message.startsWith(`${name}:`) ? message : `${name}: ${message}`)

type Wording = { fallback?: string; unknown?: string }

/** One issue, its field's name first (`fallback` when it has no path); an unknown key is named as such. */
export function fieldMessage(issue: z.core.$ZodIssue, { fallback = 'query', unknown = 'unknown parameter' }: Wording = {}): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${key}: ${unknown}`).join('; ')
  return named(issue.path.map(String).join('.') || fallback, issue.message)
}

/** Every issue of a failed parse, in one line. */
export function issuesMessage(error: z.ZodError, wording?: Wording): string {
  return error.issues.map((issue) => fieldMessage(issue, wording)).join('; ')
}

/** Payload's validation errors (`{ path, message }`), in the same line form. */
export function fieldErrorMessage(errors: { path?: string; message?: string }[]): string {
  return errors.map(({ path, message }) => (path ? named(path, message || 'invalid') : (message ?? ''))).join('; ')
}
