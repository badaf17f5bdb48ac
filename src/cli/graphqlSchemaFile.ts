import fs from 'node:fs'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import { partnerSchema } from '../../plugins/partners/partnerSchema'

/** Writes schema.graphql from the config and says whether it changed. */
export function writeGraphqlSchema(config: SanitizedConfig): string {
  const file = path.resolve(import.meta.dirname, '../../schema.graphql')
  const { text } = partnerSchema(config)
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  fs.writeFileSync(file, text)
  return `${path.relative(process.cwd(), file)}: ${before === text ? 'unchanged' : 'written'} (${text.split('\n').length} lines)`
}
