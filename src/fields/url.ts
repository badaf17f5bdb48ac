import type { TextField } from 'payload'
import { z } from 'zod'

import { sayFor } from '../lib/editorMessages'

const httpUrl = z.url({ protocol: /^https?$/ })

export const isHttpUrl = (value: unknown): boolean => httpUrl.safeParse(value).success

export function urlField(name: string, label: TextField['label'], required = false): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    validate: (value: unknown, { req }) => {
      if (value == null || value === '') return required ? sayFor(req)('required') : true
      return isHttpUrl(value) ? true : sayFor(req)('urlInvalid', { value: String(value) })
    },
  }
}
