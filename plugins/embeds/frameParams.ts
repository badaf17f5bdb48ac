import { z } from 'zod'

import { wholeNumberParam } from '../../src/lib/queryNumber'
import { issuesMessage } from '../../src/lib/fieldMessage'

/**
 * What the host page would set with CSS or attributes in script mode, given as query
 * parameters in iframe mode (the host's CSS cannot reach into a frame).
 */
export const frameDisplayParams = z.object({
  appearance: z.enum(['light', 'dark', 'auto'], { error: 'appearance: must be light, dark or auto' }).optional(),
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'accent: a colour such as #0055a4' })
    .optional(),
  heading: wholeNumberParam('heading: a heading level from 1 to 6', 1, 6).optional(),
})
export type FrameDisplay = z.output<typeof frameDisplayParams>

const displayKeys = Object.keys(frameDisplayParams.shape)

/** Splits a frame URL's query into the widget's data parameters and its display parameters. */
export function splitFrameQuery(search: URLSearchParams): {
  data: URLSearchParams
  display: { ok: true; value: FrameDisplay } | { ok: false; message: string }
} {
  const data = new URLSearchParams()
  const display: Record<string, string> = {}
  for (const [key, value] of search) {
    if (displayKeys.includes(key)) display[key] = value
    else data.append(key, value)
  }
  const parsed = frameDisplayParams.safeParse(display)
  return { data, display: parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: issuesMessage(parsed.error) } }
}
