import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

/**
 * A new XML document for a feed. xmlbuilder2 escapes `<` and `>` and drops the characters XML 1.0
 * cannot carry at all, even escaped (control characters, U+FFFE, lone surrogates), which an
 * editor may paste; its `&` handling is completed by `child`.
 */
export const xmlDocument = (): XMLBuilder => create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' })

/*
 * xmlbuilder2 leaves an `&` that starts something shaped like a reference (`&amp;`, `&foo;`,
 * `&#0;`) as it is, taking it for markup: typed by an editor, `&foo;` would make the feed
 * ill-formed and `&amp;` would read as `&`. Every `&` of a text or an attribute value is
 * escaped here first, so that it always reads as the character that was typed.
 */
const ampersands = (value: string): string => value.replace(/&/g, '&amp;')

// eslint-disable-next-line no-control-regex -- XML 1.0's Char production (§2.2): tab, line feed and carriage return are part of it
const notXml = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Whether a text still says something once the characters XML cannot carry are dropped. */
export const hasXmlText = (value: string): boolean => value.replace(notXml, '').trim() !== ''

/** Appends an element (`name`, or `[namespace, qualified name]`) with attributes and text, all escaped. */
export function child(
  parent: XMLBuilder,
  name: string | [namespace: string, qualifiedName: string],
  attributes: Record<string, string> = {},
  text?: string,
): XMLBuilder {
  const escaped = Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, ampersands(value)]))
  const element = typeof name === 'string' ? parent.ele(name, escaped) : parent.ele(name[0], name[1], escaped)
  if (text !== undefined) element.txt(ampersands(text))
  return element
}

export const serializeXml = (document: XMLBuilder): string => `${document.end({ prettyPrint: true })}\n`
