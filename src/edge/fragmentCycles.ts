import { buildSchema, NoFragmentCyclesRule, parse, validate, type GraphQLFormattedError } from 'graphql'

// The rule reads fragments only; any schema lets it run.
const anySchema = buildSchema('type Query { _: Boolean }')

/**
 * graphql's own report of fragments that spread themselves (`fragment F on Query { ...G }
 * fragment G on Query { ...F }`), checked before the document reaches Payload: its complexity
 * rule follows spreads without looking for cycles and overflowed the stack (a 500), whatever
 * the order of the validation rules, which all run in one pass. A query that does not parse
 * is left to the GraphQL handler, which reports where.
 */
export function fragmentCycles(query: string): GraphQLFormattedError[] {
  let document
  try {
    document = parse(query)
  } catch {
    return []
  }
  return validate(anySchema, document, [NoFragmentCyclesRule]).map((error) => error.toJSON())
}
