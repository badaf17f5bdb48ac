import type { FlattenedField, Option } from 'payload'

import { hasNul, type Issue } from './documentData'
import { idExpectation, isDocumentId } from './ids'

type Kind = { expectation: string; accepts: (value: unknown) => boolean }

const listOperators = new Set(['in', 'not_in', 'all'])
const typedOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

const numeric = /^-?\d+(\.\d+)?$/

const kinds = {
  id: (idType: 'number' | 'text'): Kind => ({ expectation: idExpectation(idType), accepts: (value) => isDocumentId(value, idType) }),
  number: {
    expectation: 'a number',
    accepts: (value: unknown) => (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && numeric.test(value)),
  },
  date: {
    expectation: 'a date (ISO 8601)',
    accepts: (value: unknown) =>
      value instanceof Date ? Number.isFinite(value.getTime()) : typeof value === 'string' && Number.isFinite(Date.parse(value)),
  },
  checkbox: { expectation: 'true or false', accepts: (value: unknown) => value === true || value === false || value === 'true' || value === 'false' },
  options: (options: Option[]): Kind => {
    const values = options.map((option) => (typeof option === 'string' ? option : option.value))
    return { expectation: `one of ${values.join(', ')}`, accepts: (value) => typeof value === 'string' && values.includes(value) }
  },
}

/** The field a where path names, or undefined where Payload itself decides (relations, unknown paths). */
function fieldAt(fields: FlattenedField[], segments: string[]): FlattenedField | undefined {
  const [head, ...rest] = segments
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field || rest.length === 0) return field
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return fieldAt(field.flattenedFields, rest)
  return undefined
}

function kindOf(field: FlattenedField | undefined, path: string, idType: 'number' | 'text'): Kind | undefined {
  if (path === 'id') return kinds.id(idType)
  switch (field?.type) {
    case 'number':
      return kinds.number
    case 'date':
      return kinds.date
    case 'checkbox':
      return kinds.checkbox
    case 'select':
    case 'radio':
      return kinds.options(field.options)
    case 'relationship':
    case 'upload':
      // A polymorphic relation is queried with { relationTo, value }: Payload checks those.
      return Array.isArray(field.relationTo) ? undefined : kinds.id(idType)
    default:
      return undefined
  }
}

// qs turns long lists ([0]=…&[1]=…) into objects keyed by index.
const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'object' && value !== null && !(value instanceof Date) ? Object.values(value) : [value]

const operandsOf = (operator: string, operand: unknown): unknown[] => {
  if (!listOperators.has(operator)) return [operand]
  return typeof operand === 'string' ? operand.split(',') : listOf(operand)
}

function conditionIssues(fields: FlattenedField[], path: string, condition: unknown, idType: 'number' | 'text'): Issue[] {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
    return [{ path: `where[${path}]`, message: `where[${path}]: expected an operator such as equals or in` }]
  }
  const kind = kindOf(fieldAt(fields, path.split('.')), path, idType)
  const issues: Issue[] = []
  for (const [operator, operand] of Object.entries(condition)) {
    const name = `where[${path}][${operator}]`
    for (const value of operandsOf(operator, operand)) {
      if (typeof value === 'string' && hasNul(value)) issues.push({ path: name, message: `${name}: contains a NUL character` })
      else if (operator === 'exists' && !kinds.checkbox.accepts(value)) issues.push({ path: name, message: `${name}: expected true or false` })
      else if (kind && typedOperators.has(operator) && value !== null && !kind.accepts(value)) {
        issues.push({ path: name, message: `${name}: ${JSON.stringify(value)} is not ${kind.expectation}` })
      }
    }
  }
  return issues
}

/**
 * Values of a query that the database would choke on (PostgreSQL answers a 500 to
 * `where[id][in]=1,abc` or a date that is none): each is named the way REST spells it.
 */
export function whereIssues(fields: FlattenedField[], where: unknown, idType: 'number' | 'text'): Issue[] {
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return [{ path: 'where', message: 'where: expected conditions on fields' }]
  const issues: Issue[] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const branch of listOf(value)) issues.push(...whereIssues(fields, branch, idType))
    } else {
      issues.push(...conditionIssues(fields, key, value, idType))
    }
  }
  return issues
}
