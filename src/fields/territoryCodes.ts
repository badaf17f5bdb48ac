import type { TextField } from 'payload'

import { type Say, sayFor } from '../lib/editorMessages'
import { isCommuneCode, isDepartmentCode } from '../lib/territories'

type Options = Partial<Pick<TextField, 'admin' | 'required'>> & { name: string; label: TextField['label'] }

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null || value === '' ? [] : [value])

export function checkDepartmentCodes(say: Say, value: unknown): true | string {
  const bad = listOf(value).filter((code) => !isDepartmentCode(code))
  return bad.length ? say('unknownDepartment', { codes: bad.join(', ') }) : true
}

export function checkCommuneCodes(say: Say, value: unknown): true | string {
  const bad = listOf(value).filter((code) => !isCommuneCode(code))
  return bad.length ? say('unknownCommune', { codes: bad.join(', ') }) : true
}

/** Department codes (01, 2A, 971...) checked against INSEE's official list. */
export function departmentCodesField({ name, label, admin, required }: Options): TextField {
  return {
    name,
    type: 'text',
    hasMany: true,
    label,
    admin,
    required,
    validate: (value: unknown, { req }) => checkDepartmentCodes(sayFor(req), value),
  }
}

/** Commune INSEE codes (five characters, e.g. 35238 for Rennes) checked against INSEE's official list. */
export function communeCodesField({ name, label, admin, required }: Options): TextField {
  return {
    name,
    type: 'text',
    hasMany: true,
    label,
    admin,
    required,
    validate: (value: unknown, { req }) => checkCommuneCodes(sayFor(req), value),
  }
}
