import { rewrites } from '../../src/rewrites.mjs'

type Compiled = { pattern: RegExp; destination: string }

/** Next.js rewrite sources use `:name` (one segment) and `:name*` (the rest of the path). */
function compile(source: string, destination: string): Compiled {
  const pattern = source
    .split('/')
    .map((segment) => {
      const param = /^:(\w+)(\*)?$/.exec(segment)
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      return param[2] ? `(?<${param[1]}>.*)` : `(?<${param[1]}>[^/]+)`
    })
    .join('/')
  return { pattern: new RegExp(`^${pattern}$`), destination }
}

const compiled = rewrites.map(({ source, destination }) => compile(source, destination))

/** The path Next.js would serve for a public path, as configured in src/rewrites.mjs. */
export function rewritePath(pathname: string): string {
  for (const { pattern, destination } of compiled) {
    const match = pattern.exec(pathname)
    if (match) return destination.replace(/:(\w+)\*?/g, (_, name: string) => match.groups?.[name] ?? '')
  }
  return pathname
}
