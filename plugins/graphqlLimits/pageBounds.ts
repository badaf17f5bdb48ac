import { GraphQLError, Kind, type ArgumentNode, type ValidationRule, type ValueNode } from 'graphql'

import { maxPage, maxPageSize } from '../../src/edge/contract'

type Variables = Record<string, unknown> | null | undefined

const bounds: Record<string, { min: number; max: number }> = {
  limit: { min: 1, max: maxPageSize },
  page: { min: 1, max: maxPage },
}

/**
 * The value an argument will have: a literal, or a variable (given, else its default).
 * Undefined when graphql's own coercion will refuse it anyway.
 */
function argumentValue(value: ValueNode, variables: Variables, defaults: Map<string, ValueNode>): unknown {
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value
    if (variables && name in variables) return variables[name]
    const fallback = defaults.get(name)
    return fallback ? argumentValue(fallback, variables, defaults) : undefined
  }
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.BOOLEAN) return value.value
  return undefined
}

/**
 * The same page bounds as REST (src/edge/contract/pageBounds.ts) for the collections' lists (the fields
 * with a `pagination` argument): `limit` 1–100, no `pagination: false` (which returns
 * everything); and `page` from 1 on every field. The domain queries check their own `limit`
 * (unitsNear: at most 50). A validation rule, so an oversized query is refused before any
 * resolver reads a row.
 */
export function pageBoundsRule(variables: Variables): ValidationRule {
  return (context) => {
    const defaults = new Map<string, ValueNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue)
      }
    }
    const report = (node: ArgumentNode, message: string) =>
      context.reportError(
        new GraphQLError(message, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', statusCode: 400, data: { argument: node.name.value } } }),
      )
    return {
      Argument(node) {
        const name = node.name.value
        const paginated = context.getFieldDef()?.args.some((argument) => argument.name === 'pagination') ?? false
        if (name !== 'page' && !(paginated && (name === 'limit' || name === 'pagination'))) return
        const value = argumentValue(node.value, variables, defaults)
        if (name === 'pagination' && value === false) {
          report(node, `pagination: cannot be turned off; page through with limit (at most ${maxPageSize}) and page`)
        }
        const range = bounds[name]
        if (range && typeof value === 'number' && (!Number.isInteger(value) || value < range.min || value > range.max)) {
          report(node, `${name}: must be a whole number between ${range.min} and ${range.max}`)
        }
      },
    }
  }
}
