import type { TextField } from 'payload'
import { z } from 'zod'

const httpUrl = z.url({ protocol: /^https?$/ })

export const isHttpUrl = (value: unknown): boolean => httpUrl.safeParse(value).success

export function urlField(name: string, label: TextField['label'], required = false): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    validate: (value: unknown) => {
      if (value == null || value === '') return required ? `${name}: required` : true
      return isHttpUrl(value) ? true : `${name}: must be an http(s) URL, got "${String(value)}"`
    },
  }
}
