import type { z } from 'zod'

/** A problem's message as the hub's 4xx answers say it: the field's name first (`commune: …`). */
export function fieldMessage(issue: z.core.$ZodIssue, fallback = 'query'): string {
  const name = issue.path.map(String).join('.') || fallback
  return issue.message.startsWith(`${name}:`) ? issue.message : `${name}: ${issue.message}`
}
