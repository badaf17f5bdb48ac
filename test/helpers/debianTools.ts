import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

/**
 * Whether a program of a Debian package is there. Under CI=true a missing one fails the run;
 * elsewhere the tests that need it are left out, loudly.
 */
export function toolAvailable(command: string, debianPackage: string, what: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0
  if (found) return true
  const message = `${command} is missing (apt-get install ${debianPackage})`
  if (process.env.CI === 'true') throw new Error(`${message}: ${what} cannot run`)
  console.warn(`\n*** ${message}: ${what} are LEFT OUT. ***\n`)
  return false
}

export type Verdict = { valid: boolean; output: string }

/** xmllint's verdict on a document given on standard input, with extra options (--relaxng, --schematron). */
export function xmllint(document: string, options: string[] = []): Verdict {
  const result = spawnSync('xmllint', ['--noout', ...options, '-'], { input: document, encoding: 'utf8' })
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() }
}

/** The string value of an XPath 1.0 expression on a document, as xmllint reads it. */
export function xpathString(document: string, expression: string): string {
  // xmllint ends what it prints with a newline: a marker keeps the value's own last characters.
  const printed = execFileSync('xmllint', ['--xpath', `concat(string(${expression}), "<end>")`, '-'], { input: document, encoding: 'utf8' })
  return printed.slice(0, printed.lastIndexOf('<end>'))
}

export const atomSchema = path.join(fixtures, 'feeds', 'atom.rng')
export const atomRules = path.join(fixtures, 'feeds', 'atom.sch')
export const rssSchema = path.join(fixtures, 'feeds', 'rss2.rng')
